//! Work shared out among the calling thread and whichever other cores are free at once.
//!
//! A search is a millisecond of work. Handed to a thread pool, it waits for the pool's threads
//! to wake, and on a virtual machine a sleeping core can take milliseconds to: the search's
//! slowest runs got slower than doing it all on one thread. Here the calling thread starts on
//! the tasks at once, and helpers from the pool take tasks only once they are running. A
//! helper that wakes late finds nothing left and returns; nobody waits for it. The caller
//! waits only for a task a helper has started, never for one that no thread has taken.

use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};

type Outcome<T> = std::thread::Result<T>;

struct Tasks<T, F> {
    task: F,
    /// Whether the caller expects (and reports) panics: its helpers then do too.
    quiet: bool,
    n: usize,
    /// The next task not yet taken.
    next: AtomicUsize,
    /// Each task's outcome, once done.
    done: Mutex<Vec<Option<Outcome<T>>>>,
    finished: Condvar,
}

impl<T, F: Fn(usize) -> T> Tasks<T, F> {
    /// Takes and runs tasks until none is left.
    fn work(&self) {
        loop {
            let i = self.next.fetch_add(1, Ordering::Relaxed);
            if i >= self.n {
                return;
            }
            // A task that panics is reported to the caller, which would otherwise wait for it.
            let outcome = super::store::expecting_panics(self.quiet, || {
                catch_unwind(AssertUnwindSafe(|| (self.task)(i)))
            });
            let mut done = self.done.lock().unwrap_or_else(PoisonError::into_inner);
            done[i] = Some(outcome);
            self.finished.notify_all();
        }
    }
}

/// `task(0) … task(n - 1)`, in that order, run on this thread and on up to `helpers` threads
/// of rayon's pool that are free to help. A task's panic is resumed here.
pub fn share<T, F>(n: usize, helpers: usize, task: F) -> Vec<T>
where
    T: Send + 'static,
    F: Fn(usize) -> T + Send + Sync + 'static,
{
    if n <= 1 || helpers == 0 {
        return (0..n).map(task).collect();
    }
    let tasks = Arc::new(Tasks {
        task,
        quiet: super::store::panic_expected(),
        n,
        next: AtomicUsize::new(0),
        done: Mutex::new((0..n).map(|_| None).collect()),
        finished: Condvar::new(),
    });
    for _ in 0..helpers.min(n - 1) {
        let tasks = Arc::clone(&tasks);
        rayon::spawn(move || tasks.work());
    }
    tasks.work();
    let mut done = tasks.done.lock().unwrap_or_else(PoisonError::into_inner);
    while done.iter().any(Option::is_none) {
        done = tasks
            .finished
            .wait(done)
            .unwrap_or_else(PoisonError::into_inner);
    }
    done.iter_mut()
        .filter_map(Option::take)
        .map(|outcome| outcome.unwrap_or_else(|panic| resume_unwind(panic)))
        .collect()
}

/// Helpers worth asking for: the pool's other threads.
pub fn helpers() -> usize {
    rayon::current_num_threads().saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_task_order_whoever_ran_them() {
        for n in [0, 1, 2, 7, 100] {
            let out = share(n, 3, |i| {
                // Uneven tasks, so helpers and caller interleave.
                std::thread::sleep(std::time::Duration::from_micros((i % 3) as u64 * 50));
                i * 10
            });
            assert_eq!(out, (0..n).map(|i| i * 10).collect::<Vec<_>>());
        }
    }

    #[test]
    fn a_task_that_panics_panics_in_the_caller() {
        let caught = catch_unwind(|| {
            share(8, 2, |i| {
                assert!(i != 5, "task five fails");
                i
            })
        });
        assert!(caught.is_err());
        // The pool still works afterwards.
        assert_eq!(share(4, 2, |i| i), [0, 1, 2, 3]);
    }
}
