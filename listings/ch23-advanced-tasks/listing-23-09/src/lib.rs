use std::time::Duration;
use tokio::io::{AsyncWriteExt, DuplexStream};
use tokio::time::sleep;

/// Sends three messages of 4 bytes, `msg1`, `msg2` and `msg3`, the second in two halves:
/// `msg1` at 0 s, `ms` at 0.1 s, `g2` and `msg3` at 0.3 s. Ends the stream at 0.5 s.
pub async fn send_messages(mut pipe: DuplexStream) {
    let ms = Duration::from_millis;
    for (wait, bytes) in [(0, "msg1"), (100, "ms"), (200, "g2"), (0, "msg3")] {
        sleep(ms(wait)).await;
        pipe.write_all(bytes.as_bytes())
            .await
            .expect("the reader is there");
    }
    sleep(ms(200)).await;
}
