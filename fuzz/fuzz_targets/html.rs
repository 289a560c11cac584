#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| policytui::fuzz_targets::html_reader(data));
