use std::thread;
use std::time::Duration;

use crossbeam_channel::{never, select, unbounded};

fn main() {
    let (numbers_in, mut numbers) = unbounded();
    let (words_in, mut words) = unbounded();

    thread::scope(|s| {
        s.spawn(move || {
            for n in 1..=3 {
                numbers_in.send(n).unwrap();
                thread::sleep(Duration::from_millis(1)); // So that the two interleave.
            }
        });
        s.spawn(move || {
            for word in ["alpha", "beta"] {
                words_in.send(word).unwrap();
                thread::sleep(Duration::from_millis(1));
            }
        });

        // Each turn waits on both channels at once and takes whichever is ready.
        loop {
            select! {
                recv(numbers) -> message => match message {
                    Ok(n) => println!("numbers: {n}"),
                    Err(_) => {
                        println!("numbers: disconnected");
                        numbers = never(); // A channel that is never ready.
                    }
                },
                recv(words) -> message => match message {
                    Ok(word) => println!("words: {word}"),
                    Err(_) => {
                        println!("words: disconnected");
                        words = never();
                    }
                },
                default(Duration::from_millis(100)) => {
                    println!("nothing for 100 ms: stop waiting");
                    break;
                }
            }
        }
    });
}
