//! A reset for one clock domain: high from configuration (flip-flops start at zero) until
//! `ready` (asynchronous, e.g. a PLL's lock) has been seen high, through two flip-flops, for 16
//! cycles of this domain's clock.
//!
//! The reset leaves from a flip-flop (`released`), not from the counter's comparator: it fans
//! out to every flip-flop of its domain, and a comparator placed among them put the counter's
//! own path across the chip (the transmit line's critical path on the Colorlight i9). The
//! counter stops on a flip-flop of its own (`finished`), which `released` copies a cycle later,
//! so no path runs from the counter to `released` and back: with the counter's enable taken
//! from the comparator beside `released`, the loop crossed the chip twice (116 MHz).

use crate::constant::constant;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct PowerOnReset {
    pub clock: Signal<In, Clock>,
    pub ready: Signal<In, Bit>,
    pub reset: Signal<Out, Bit>,
    ready_sync: BitSynchronizer,
    count: DFF<Bits<4>>,
    finished: DFF<Bit>,
    released: DFF<Bit>,
    /// The count at which `finished` is set; `released` follows two cycles later, 16 cycles
    /// after `ready` is seen.
    last_count: Constant<Bits<4>>,
    step: Constant<Bits<4>>,
    start: Constant<Bits<4>>,
}

impl Default for PowerOnReset {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            ready: Default::default(),
            reset: Default::default(),
            ready_sync: Default::default(),
            count: Default::default(),
            finished: Default::default(),
            released: Default::default(),
            last_count: constant(14),
            step: constant(1),
            start: constant(0),
        }
    }
}

impl Logic for PowerOnReset {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, count, finished, released);
        clock!(self, clock, ready_sync);
        self.ready_sync.sig_in.next = self.ready.val();
        self.reset.next = !self.released.q.val();
        self.finished.d.next = self.count.q.val() == self.last_count.val();
        if !self.finished.d.val() {
            self.count.d.next = self.count.q.val() + self.step.val();
        }
        self.released.d.next = self.finished.q.val();
        if !self.ready_sync.sig_out.val() {
            self.count.d.next = self.start.val();
            self.finished.d.next = false;
            self.released.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    /// `reset` cycle by cycle for a `ready` that rises at cycle 5, falls at cycle 40 for one cycle
    /// and rises again.
    fn reset_trace() -> Vec<bool> {
        let trace = Arc::new(Mutex::new(Vec::new()));
        let mut uut = PowerOnReset::default();
        uut.clock.connect();
        uut.ready.connect();
        uut.connect_all();
        let mut sim = Simulation::new();
        sim.add_clock(5, |x: &mut Box<PowerOnReset>| x.clock.next = !x.clock.val());
        let out = trace.clone();
        sim.add_testbench(move |mut sim: Sim<PowerOnReset>| {
            let mut x = sim.init()?;
            for cycle in 0..80 {
                x.ready.next = (5..40).contains(&cycle) || cycle > 40;
                wait_clock_cycle!(sim, clock, x);
                out.lock().unwrap().push(x.reset.val());
            }
            sim.done(x)
        });
        sim.run(Box::new(uut), 10 * 100).unwrap();
        Arc::try_unwrap(trace).ok().unwrap().into_inner().unwrap()
    }

    #[test]
    fn reset_leaves_sixteen_cycles_after_ready_is_seen_and_returns_when_it_falls() {
        // Entry i of the trace is `reset` after the edge that ends cycle i. `ready` driven in
        // cycle k is sampled by that edge; then it takes 18 edges in all: two synchroniser
        // flip-flops, the count from 1 to 14, `finished`, `released`. It was the same before
        // `finished` came between the counter and `released`.
        const EDGES_TO_RELEASE: usize = 2 + 14 + 1 + 1;
        let trace = reset_trace();
        let first_release = trace.iter().position(|r| !r).expect("reset never released");
        assert_eq!(first_release, 5 + EDGES_TO_RELEASE - 1, "trace: {trace:?}");
        assert!(trace[first_release..40].iter().all(|r| !r), "reset came back while ready stayed high: {trace:?}");
        let back = trace[40..].iter().position(|r| *r).expect("a fall of ready did not reset") + 40;
        let second_release = trace[back..].iter().position(|r| !r).expect("reset never released again") + back;
        assert_eq!(second_release, 41 + EDGES_TO_RELEASE - 1, "trace: {trace:?}");
    }
}
