use std::sync::{Barrier, Mutex, TryLockError};
use std::thread;

fn main() {
    let accounts = [Mutex::new(100), Mutex::new(100)];
    let meet = Barrier::new(2);

    let (one, two) = thread::scope(|s| {
        let one = s.spawn(|| transfer(&accounts, 0, 1, 10, &meet));
        let two = s.spawn(|| transfer(&accounts, 1, 0, 20, &meet));
        (one.join().unwrap(), two.join().unwrap())
    });
    println!("thread 1, account 0 to 1: {one}");
    println!("thread 2, account 1 to 0: {two}");
    println!("balances: {:?}", accounts.map(|a| a.into_inner().unwrap()));
}

/// Moves `amount` from account `from` to account `to`: locks `from` first, then `to`.
fn transfer(
    accounts: &[Mutex<i32>],
    from: usize,
    to: usize,
    amount: i32,
    meet: &Barrier,
) -> &'static str {
    let mut payer = accounts[from].lock().unwrap();
    meet.wait(); // both threads now hold their first lock
    let outcome = match accounts[to].try_lock() {
        Ok(mut payee) => {
            *payer -= amount;
            *payee += amount;
            "moved"
        }
        // The other thread holds `to` and waits for `from`.
        Err(TryLockError::WouldBlock) => "WouldBlock: lock() would wait here forever",
        Err(TryLockError::Poisoned(err)) => panic!("{err}"),
    };
    meet.wait(); // neither thread unlocks before both have tried
    outcome
}
