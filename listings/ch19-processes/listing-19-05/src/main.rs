use std::env;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::thread;
use std::time::Duration;

use anyhow::bail;
use listing_19_05::stop;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = env::args().skip(1).collect();
    match &args[..] {
        [] => parent(),
        // The worker role: a job that would take a minute.
        [role] if role == "long" => {
            println!("started, done in 60 s");
            thread::sleep(Duration::from_secs(60));
            println!("done");
            Ok(())
        }
        _ => bail!("usage: listing-19-05 [long]"),
    }
}

fn parent() -> anyhow::Result<()> {
    let mut child = Command::new(env::current_exe()?)
        .arg("long")
        .stdout(Stdio::piped())
        .spawn()?;
    // The child's first line says that it is running.
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout is piped")).read_line(&mut line)?;
    println!("the child says: {}", line.trim());
    println!("still running: {}", child.try_wait()?.is_none());

    let status = stop(child)?;
    println!("stopped: {status}");
    println!(
        "success: {}, exit code: {:?}",
        status.success(),
        status.code()
    );
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        println!("the signal that ended it: {:?}", status.signal());
    }
    Ok(())
}
