//! A bank of event counters, one per event kind, read one at a time by index.
//!
//! Blocks count what they drop by cause here; the register bridge reads `read_value` one cycle
//! after setting `read_index`. Counters wrap (software takes differences), and reset clears them.

use rust_hdl::prelude::*;

/// Bits of a counter index: up to 32 counters per bank.
pub const COUNTER_INDEX_BITS: usize = 5;

#[derive(LogicBlock)]
pub struct CounterBank<const N: usize, const W: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Count one event of kind `count_index` this cycle.
    pub count: Signal<In, Bit>,
    pub count_index: Signal<In, Bits<COUNTER_INDEX_BITS>>,
    pub read_index: Signal<In, Bits<COUNTER_INDEX_BITS>>,
    /// The counter `read_index` named in the previous cycle (zero past the last counter).
    pub read_value: Signal<Out, Bits<W>>,
    counts: [DFF<Bits<W>>; N],
    zero: Constant<Bits<W>>,
    one: Constant<Bits<W>>,
    read_q: DFF<Bits<W>>,
}

impl<const N: usize, const W: usize> Default for CounterBank<N, W> {
    fn default() -> Self {
        assert!(N <= 1 << COUNTER_INDEX_BITS);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            count: Default::default(),
            count_index: Default::default(),
            read_index: Default::default(),
            read_value: Default::default(),
            counts: std::array::from_fn(|_| Default::default()),
            zero: Constant::new(0_u64.to_bits()),
            one: Constant::new(1_u64.to_bits()),
            read_q: Default::default(),
        }
    }
}

impl<const N: usize, const W: usize> Logic for CounterBank<N, W> {
    #[hdl_gen]
    fn update(&mut self) {
        self.read_q.clock.next = self.clock.val();
        self.read_q.d.next = self.zero.val();
        for i in 0..N {
            self.counts[i].clock.next = self.clock.val();
            self.counts[i].d.next = self.counts[i].q.val();
            if self.count.val() & (self.count_index.val().index() == i) {
                self.counts[i].d.next = self.counts[i].q.val() + self.one.val();
            }
            if self.read_index.val().index() == i {
                self.read_q.d.next = self.counts[i].q.val();
            }
            if self.reset.val() {
                self.counts[i].d.next = self.zero.val();
            }
        }
        self.read_value.next = self.read_q.q.val();
    }
}
