//! rust-hdl's own simulator, stepped by hand on one thread.
//!
//! rust-hdl's threaded `Simulation` runs ~20 k cycles/s; settling the block directly is orders of
//! magnitude faster and keeps the stimulus loop identical to the Verilator one. Running both on
//! the same stimulus is a differential check of rust-hdl's Verilog generation.

use rust_hdl::prelude::*;

/// rust-hdl gives up on a design that has not settled after this many passes (a logic loop).
const MAX_SETTLE_PASSES: usize = 100;

pub struct HdlSim<B: Block> {
    pub uut: B,
    clock: fn(&mut B) -> &mut Signal<In, Clock>,
}

impl<B: Block> HdlSim<B> {
    /// `clock` picks the top's clock input.
    pub fn new(mut uut: B, clock: fn(&mut B) -> &mut Signal<In, Clock>) -> Self {
        uut.connect_all();
        let mut sim = Self { uut, clock };
        sim.settle();
        sim
    }

    /// Propagates input changes through the combinational logic.
    pub fn settle(&mut self) {
        if !simulate(&mut self.uut, MAX_SETTLE_PASSES) {
            panic!("rust-hdl simulation did not settle within {MAX_SETTLE_PASSES} passes (logic loop?)");
        }
    }

    /// One clock period, with the inputs set while the clock was low.
    pub fn cycle(&mut self) {
        self.settle();
        (self.clock)(&mut self.uut).next = Clock::from(true);
        self.settle();
        (self.clock)(&mut self.uut).next = Clock::from(false);
        self.settle();
    }
}
