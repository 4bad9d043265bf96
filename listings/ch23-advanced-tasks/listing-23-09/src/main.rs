use listing_23_09::send_messages;
use std::time::Duration;
use tokio::io::{AsyncReadExt, DuplexStream};
use tokio::time::{Instant, interval_at};

/// Receives 4-byte messages, and says "tick" every 20 ms. Not cancel safe: a tick in the
/// middle of a message drops `read_exact`, and the bytes it had read with it.
pub async fn receive(mut pipe: DuplexStream) {
    let period = Duration::from_millis(20);
    let mut ticks = interval_at(Instant::now() + period, period);
    let mut message = [0; 4];
    loop {
        tokio::select! {
            read = pipe.read_exact(&mut message) => {
                if read.is_err() {
                    println!("end of stream");
                    break;
                }
                println!("got {}", String::from_utf8_lossy(&message));
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
