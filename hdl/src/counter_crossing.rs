//! An event counter read in another clock domain (the MAC's counters, read by the register bus on
//! the core's clock).
//!
//! The count is registered in Gray code in its own domain and taken into the reader's through two
//! flip-flops, then turned back into binary. A counter steps by at most one per cycle of its
//! clock, so its Gray code changes one bit per step: a sample caught while a bit changes is the
//! value before or after that step, never a mix of bits from both — the argument of the pointer
//! crossing in `stream::async_frame_fifo`. The value read is three to four reader cycles old.

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct CounterCrossing {
    /// The counter's domain, and the counter (stepping by at most one per cycle).
    pub source_clock: Signal<In, Clock>,
    pub source_count: Signal<In, Bits<32>>,
    /// The reader's domain, and the counter as seen there.
    pub clock: Signal<In, Clock>,
    pub count: Signal<Out, Bits<32>>,
    gray: DFF<Bits<32>>,
    gray_metastable: DFF<Bits<32>>,
    gray_seen: DFF<Bits<32>>,
    binary: Signal<Local, Bits<32>>,
}

impl Default for CounterCrossing {
    fn default() -> Self {
        Self {
            source_clock: Default::default(),
            source_count: Default::default(),
            clock: Default::default(),
            count: Default::default(),
            gray: Default::default(),
            gray_metastable: Default::default(),
            gray_seen: Default::default(),
            binary: Default::default(),
        }
    }
}

impl Logic for CounterCrossing {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, source_clock, gray);
        dff_setup!(self, clock, gray_metastable, gray_seen);
        self.gray.d.next = self.source_count.val() ^ (self.source_count.val() >> 1);
        self.gray_metastable.d.next = self.gray.q.val();
        self.gray_seen.d.next = self.gray_metastable.q.val();
        // Gray to binary: bit i is the XOR of Gray bits i and up, in five doubling steps.
        self.binary.next = self.gray_seen.q.val();
        self.binary.next = self.binary.val() ^ (self.binary.val() >> 1);
        self.binary.next = self.binary.val() ^ (self.binary.val() >> 2);
        self.binary.next = self.binary.val() ^ (self.binary.val() >> 4);
        self.binary.next = self.binary.val() ^ (self.binary.val() >> 8);
        self.binary.next = self.binary.val() ^ (self.binary.val() >> 16);
        self.count.next = self.binary.val();
    }
}
