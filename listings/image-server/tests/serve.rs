//! The server serves exactly the bytes of its files, several requests at a time, and 404 for
//! anything else.

use std::thread;

use image_server::{ImageServer, images};

fn get(url: &str) -> Result<Vec<u8>, ureq::Error> {
    ureq::get(url).call()?.body_mut().read_to_vec()
}

#[test]
fn every_image_is_served_byte_for_byte_at_its_url() {
    let server = ImageServer::start().unwrap();
    let urls = server.urls();
    assert_eq!(urls.len(), 4);
    // All four at once, each on a thread of its own, as the thread pool fetches them.
    let fetched: Vec<Vec<u8>> = thread::scope(|s| {
        let handles: Vec<_> = urls.iter().map(|url| s.spawn(|| get(url))).collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap().unwrap())
            .collect()
    });
    for ((name, bytes), (url, body)) in images().iter().zip(urls.iter().zip(fetched)) {
        assert!(url.ends_with(&format!("/images/{name}")), "{url}");
        assert!(body == *bytes, "{name}: the body is not the image's bytes");
    }
}

#[test]
fn the_images_are_ppm_pictures_of_their_stated_size() {
    for (name, bytes) in images() {
        let header_end = bytes.iter().filter(|&&b| b == b'\n').take(3).count();
        assert_eq!(header_end, 3, "{name}: a three-line header");
        let text = String::from_utf8_lossy(&bytes[..20]);
        let side: usize = text
            .lines()
            .nth(1)
            .unwrap()
            .split(' ')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let header = format!("P6\n{side} {side}\n255\n");
        assert!(bytes.starts_with(header.as_bytes()), "{name}");
        assert_eq!(bytes.len(), header.len() + 3 * side * side, "{name}");
    }
}

#[test]
fn a_file_it_does_not_serve_is_404() {
    let server = ImageServer::serving(vec![("a.ppm".to_owned(), b"A".to_vec())]).unwrap();
    assert_eq!(get(&server.url("a.ppm")).unwrap(), b"A");
    match get(&server.url("b.ppm")) {
        Err(ureq::Error::StatusCode(404)) => {}
        other => panic!("expected 404, got {other:?}"),
    }
}
