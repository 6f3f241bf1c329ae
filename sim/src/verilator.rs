//! The Verilator bridge, run-time half: what every generated model type shares.
//!
//! `build.rs` generates one type per top (see [`crate::verilated`]) with typed port accessors;
//! this module owns the model's life cycle, clocking and VCD tracing.

use std::ffi::{c_char, c_void, CString};
use std::path::Path;
use std::ptr::NonNull;

/// The C entry points of one verilated top (generated shim).
pub struct ModelVtable {
    pub new: unsafe extern "C" fn() -> *mut c_void,
    pub delete: unsafe extern "C" fn(*mut c_void),
    pub eval: unsafe extern "C" fn(*mut c_void),
    pub trace_open: unsafe extern "C" fn(*mut c_void, *const c_char) -> i32,
    pub trace_dump: unsafe extern "C" fn(*mut c_void, u64),
    pub trace_flush: unsafe extern "C" fn(*mut c_void),
}

/// An owned Verilator model with its own `VerilatedContext`, so several models (of the same or
/// different tops) live in one process independently.
pub struct ModelCore {
    raw: NonNull<c_void>,
    vtable: ModelVtable,
    /// Half clock periods elapsed: the VCD time axis.
    time: u64,
    tracing: bool,
    /// An input was driven since the last `eval`. Every `eval` re-runs all the logic that
    /// depends on the inputs (Verilator's input region), changed or not, so `cycle` skips the
    /// settling `eval` when the testbench has already settled the inputs it drove.
    unsettled: bool,
}

// SAFETY: each model owns its context and state; nothing is shared with other models, and
// `&mut self` on every mutating call keeps access to one thread at a time, which is all a
// single-threaded (`--threads 1`) Verilator model requires.
unsafe impl Send for ModelCore {}

impl ModelCore {
    pub fn new(vtable: ModelVtable) -> Self {
        // SAFETY: the shim's constructor has no preconditions; it returns a heap handle or aborts.
        let raw = unsafe { (vtable.new)() };
        Self { raw: NonNull::new(raw).expect("Verilator model allocation failed"), vtable, time: 0, tracing: false, unsettled: true }
    }

    pub fn raw(&self) -> *mut c_void {
        self.raw.as_ptr()
    }

    pub fn time(&self) -> u64 {
        self.time
    }

    pub fn eval(&mut self) {
        // SAFETY: `raw` is a live handle created by `vtable.new`.
        unsafe { (self.vtable.eval)(self.raw()) }
        self.unsettled = false;
    }

    /// Called by every generated input setter.
    pub fn input_driven(&mut self) {
        self.unsettled = true;
    }

    /// One clock period; `set_clock` drives the top's `clock` port. The falling edge is not
    /// evaluated on its own: every design here is clocked on the rising edge only, so the clock
    /// goes low together with the next cycle's inputs, in that cycle's first `eval` — one
    /// evaluation of the input logic a cycle saved (issue 25). The inputs are settled first
    /// unless the testbench already did so after driving its last input (a second saving).
    pub fn cycle(&mut self, set_clock: impl Fn(*mut c_void, u64)) {
        if self.unsettled {
            self.eval();
        }
        self.dump();
        set_clock(self.raw(), 1);
        self.eval();
        self.time += 1;
        self.dump();
        set_clock(self.raw(), 0);
        self.unsettled = true;
        self.time += 1;
    }

    fn dump(&mut self) {
        if self.tracing {
            // SAFETY: live handle; the shim ignores the call when no trace is open.
            unsafe { (self.vtable.trace_dump)(self.raw(), self.time) }
        }
    }

    pub fn trace_to(&mut self, path: &Path) -> std::io::Result<()> {
        let c_path = CString::new(path.to_string_lossy().as_bytes())
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidInput, "path contains NUL"))?;
        // SAFETY: live handle and a NUL-terminated path that outlives the call.
        if unsafe { (self.vtable.trace_open)(self.raw(), c_path.as_ptr()) } != 0 {
            return Err(std::io::Error::other(format!("cannot open wave file {}", path.display())));
        }
        self.tracing = true;
        Ok(())
    }
}

impl Drop for ModelCore {
    fn drop(&mut self) {
        if self.tracing {
            // SAFETY: live handle.
            unsafe { (self.vtable.trace_flush)(self.raw()) }
        }
        // SAFETY: live handle, never used again.
        unsafe { (self.vtable.delete)(self.raw()) }
    }
}
