use std::time::Duration;
use tokio::io::{AsyncWriteExt, DuplexStream};
use tokio::time::sleep;

/// Sends three messages of 4 bytes, `msg1`, `msg2` and `msg3`, the second in two halves:
/// `msg1` at 0 s, `ms` at 10 ms, `g2` and `msg3` at 30 ms. Ends the stream at 50 ms.
pub async fn send_messages(mut pipe: DuplexStream) {
    let ms = Duration::from_millis;
    for (wait, bytes) in [(0, "msg1"), (10, "ms"), (20, "g2"), (0, "msg3")] {
        sleep(ms(wait)).await;
        pipe.write_all(bytes.as_bytes())
            .await
            .expect("the reader is there");
    }
    sleep(ms(20)).await;
}
