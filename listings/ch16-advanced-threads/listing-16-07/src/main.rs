use std::sync::mpsc;
use std::thread;

fn main() {
    let (queue_in, queue_out) = mpsc::channel::<String>();

    // A second consumer for the same queue? std's receiver cannot be cloned.
    let queue_out2 = queue_out.clone();

    thread::spawn(move || queue_out2.recv());
    queue_in.send(String::from("hello")).unwrap();
    println!("{:?}", queue_out.recv());
}
