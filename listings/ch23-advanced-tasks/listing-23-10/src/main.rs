use listing_23_09::send_messages;
use std::time::Duration;
use tokio::io::{AsyncReadExt, DuplexStream};
use tokio::time::{Instant, interval_at};

/// Receives 4-byte messages, and says "tick" every 20 ms. Cancel safe: `read_buf` appends what
/// it reads to `pending`, which outlives it; dropped by a tick, it has read nothing.
pub async fn receive(mut pipe: DuplexStream) {
    let period = Duration::from_millis(20);
    let mut ticks = interval_at(Instant::now() + period, period);
    let mut pending = Vec::new();
    loop {
        tokio::select! {
            read = pipe.read_buf(&mut pending) => {
                let Ok(1..) = read else {
                    println!("end of stream");
                    break;
                };
                while pending.len() >= 4 {
                    let message: Vec<u8> = pending.drain(..4).collect();
                    println!("got {}", String::from_utf8_lossy(&message));
                }
            }
            _ = ticks.tick() => println!("tick"),
        }
    }
}

#[tokio::main]
async fn main() {
    let (reader, writer) = tokio::io::duplex(64);
    tokio::spawn(send_messages(writer));
    receive(reader).await;
}
