//! How the process uses memory, chosen per command. The allocator (mimalloc, `src/main.rs`)
//! asks the kernel for transparent huge pages: the index build runs 12 % faster with them (10 k
//! policies, 14.4 s against 16.3 s), as Tantivy's hash tables miss the TLB less. The browser
//! wants the opposite: with huge pages, every few bytes it touches in a fresh region keep two
//! megabytes resident, and freed memory is given back to the kernel only after a delay. At
//! 100 k policies it held 77 MB once drawn (31 MB with the system allocator); without huge
//! pages 40 MB; giving memory back at once as well, 30 MB.

/// mimalloc's option number of the purge delay, `mi_option_purge_delay` in `mimalloc.h` (the
/// same in its versions 2 and 3; the Rust crate names no constant for it).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// For the browser: no transparent huge pages, and freed memory returned at once (the
/// browser frees its warm-up's tables once, then allocates little).
pub fn lean() {
    set_huge_pages(false);
    // SAFETY: sets one of mimalloc's options, read each time it considers purging.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
}

/// For a build: huge pages as the system allows them. Needed explicitly because a browser's
/// choice passes to the refresh it starts (`index --events`, a child process).
pub fn fast() {
    set_huge_pages(true);
}

#[cfg(target_os = "linux")]
fn set_huge_pages(allowed: bool) {
    // SAFETY: PR_SET_THP_DISABLE takes one integer and changes only this process's flag; it
    // fails harmlessly (EINVAL) on kernels without it.
    unsafe {
        libc::prctl(
            libc::PR_SET_THP_DISABLE,
            libc::c_ulong::from(!allowed),
            0,
            0,
            0,
        );
    }
}

#[cfg(not(target_os = "linux"))]
fn set_huge_pages(_allowed: bool) {}
