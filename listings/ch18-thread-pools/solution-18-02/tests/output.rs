use book_support::prose::assert_states;
use book_support::{assert_prints_book_output, book_output, bounded};

use listing_18_02::ThreadPool;
use solution_18_02::map_unordered;

/// The loop opens the gates one at a time: every run prints the same.
#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(
        env!("CARGO_BIN_EXE_solution-18-02"),
        env!("CARGO_MANIFEST_DIR"),
    );
}

/// Six tasks, each held until this thread lets it finish, one at a time in a scrambled order:
/// the pairs come out in exactly that order, each with its own input's result.
#[test]
fn the_results_come_in_the_order_the_tasks_finish() {
    bounded(|| {
        let order = [4, 1, 5, 0, 3, 2];
        let pool = ThreadPool::new(order.len()); // a waiting task holds a worker
        let (open, gates): (Vec<_>, Vec<_>) = order
            .iter()
            .map(|_| crossbeam_channel::bounded::<()>(1))
            .unzip();
        open[order[0]].send(()).unwrap();
        let mut seen = Vec::new();
        let results = map_unordered(
            &pool,
            move |n: usize| {
                gates[n].recv().unwrap();
                format!("result {n}")
            },
            0..order.len(),
        );
        for (index, result) in results {
            assert_eq!(result.unwrap(), format!("result {index}"));
            seen.push(index);
            if let Some(&next) = order.get(seen.len()) {
                open[next].send(()).unwrap();
            }
        }
        assert_eq!(seen, order, "the order the pairs came in");
    });
}

/// A task that panics is one pair with an error; the others still come. (On one worker the
/// tasks run, and finish, in input order.)
#[test]
fn a_panicking_task_gives_an_error_for_its_index_only() {
    bounded(|| {
        let pool = ThreadPool::new(1);
        let results: Vec<(usize, Result<u32, String>)> = map_unordered(
            &pool,
            |n: u32| {
                if n == 2 {
                    panic!("two");
                }
                n
            },
            1..=3,
        )
        .map(|(index, r)| (index, r.map_err(|e| e.to_string())))
        .collect();
        assert_eq!(
            results,
            [
                (0, Ok(1)),
                (1, Err("the task panicked: two".to_owned())),
                (2, Ok(3))
            ]
        );
    });
}

/// The iteration ends by itself once every task has reported, also when there are none.
#[test]
fn the_iteration_ends_after_the_last_result() {
    bounded(|| {
        let pool = ThreadPool::new(3);
        assert_eq!(map_unordered(&pool, |n: u64| n, Vec::new()).count(), 0);
        let mut indices: Vec<usize> = map_unordered(&pool, |n: usize| n * n, 0..100)
            .map(|(index, result)| {
                assert_eq!(result.unwrap(), index * index);
                index
            })
            .collect();
        indices.sort();
        assert_eq!(indices, (0..100).collect::<Vec<_>>(), "each index once");
    });
}

/// A caller that stops after the first result does not disturb the pool: the other tasks still
/// run, and their results are dropped.
#[test]
fn stopping_early_is_fine() {
    bounded(|| {
        let pool = ThreadPool::new(2);
        let first = map_unordered(&pool, |n: u32| n, 0..10).next();
        assert!(first.is_some_and(|(_, result)| result.is_ok()));
        assert_eq!(pool.submit(|| "still here").result().unwrap(), "still here");
    });
}

/// The chapter says in which order the tasks finish: 2, 0, 3, 1.
#[test]
fn the_chapter_states_the_order_the_tasks_finish_in() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let order: Vec<&str> = shown
        .lines()
        .map(|l| l.strip_prefix("task ").unwrap().split_once(' ').unwrap().0)
        .collect();
    assert_states(env!("CARGO_MANIFEST_DIR"), &order);
}
