//! A reset for one clock domain: high from configuration (flip-flops start at zero) until
//! `ready` (asynchronous, e.g. a PLL's lock) has been seen high, through two flip-flops, for 16
//! cycles of this domain's clock.
//!
//! The reset leaves from a flip-flop (`released`), not from the counter's comparator: it fans
//! out to every flip-flop of its domain, and a comparator placed among them put the counter's
//! own path across the chip (the transmit line's critical path on the Colorlight i9).

use crate::constant::constant;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct PowerOnReset {
    pub clock: Signal<In, Clock>,
    pub ready: Signal<In, Bit>,
    pub reset: Signal<Out, Bit>,
    ready_sync: BitSynchronizer,
    count: DFF<Bits<4>>,
    released: DFF<Bit>,
    done: Constant<Bits<4>>,
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
            released: Default::default(),
            done: constant(15),
            step: constant(1),
            start: constant(0),
        }
    }
}

impl Logic for PowerOnReset {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, count, released);
        clock!(self, clock, ready_sync);
        self.ready_sync.sig_in.next = self.ready.val();
        self.reset.next = !self.released.q.val();
        self.released.d.next = self.count.q.val() == self.done.val();
        if self.count.q.val() != self.done.val() {
            self.count.d.next = self.count.q.val() + self.step.val();
        }
        if !self.ready_sync.sig_out.val() {
            self.count.d.next = self.start.val();
            self.released.d.next = false;
        }
    }
}
