//! `spawn_all` leaves no child behind when one of the commands cannot start. This file holds one
//! test, so that its process has no other children than the ones this test starts.

use std::process::Command;

use book_support::procs;
use listing_19_02::spawn_all;

#[test]
#[cfg_attr(not(target_os = "linux"), ignore = "needs Linux's /proc")]
fn a_command_that_cannot_start_leaves_no_child_behind() {
    let me = std::process::id();
    let mut sleeper = Command::new("sleep");
    sleeper.arg("30");
    let commands = [sleeper, Command::new("/nonexistent/program")];
    let error = spawn_all(commands).unwrap_err();
    assert_eq!(error.kind(), std::io::ErrorKind::NotFound);
    // `sleep` was started, then killed and reaped: neither running nor a zombie.
    assert_eq!(
        procs::children_of(me),
        [] as [u32; 0],
        "children left behind"
    );

    // And when every command starts, every child is there.
    let children = spawn_all([Command::new("true"), Command::new("true")]).unwrap();
    assert_eq!(procs::children_of(me).len(), 2);
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    assert_eq!(procs::children_of(me), [] as [u32; 0]);
}
