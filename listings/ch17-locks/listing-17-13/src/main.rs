use std::sync::Mutex;
use std::thread;

fn main() {
    let accounts = [Mutex::new(100), Mutex::new(100)];

    thread::scope(|s| {
        s.spawn(|| transfer(&accounts, 0, 1, 10));
        s.spawn(|| transfer(&accounts, 1, 0, 20));
    });
    println!("balances: {:?}", accounts.map(|a| a.into_inner().unwrap()));
}

/// Moves `amount` from account `from` to account `to`. Whichever way the money goes, the account
/// with the lower index is locked first: one order for every thread, so no cycle of waiting.
fn transfer(accounts: &[Mutex<i32>], from: usize, to: usize, amount: i32) {
    let mut low = accounts[from.min(to)].lock().unwrap();
    let mut high = accounts[from.max(to)].lock().unwrap();
    let (payer, payee) = if from < to {
        (&mut *low, &mut *high)
    } else {
        (&mut *high, &mut *low)
    };
    *payer -= amount;
    *payee += amount;
}
