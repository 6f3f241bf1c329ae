//! A bank of event counters in block RAM, one per event kind, read one at a time by index.
//!
//! Blocks count what they drop by cause here; the register bridge reads `read_value` one cycle
//! after setting `read_index`. Counting is a read-modify-write over three cycles (read, register,
//! write back incremented), so events must be at least three cycles apart (the parser's verdicts
//! are at least six); a second copy of the counters serves reads, so reading never disturbs
//! counting. Counters wrap (software takes differences). Block
//! RAM has no reset: after `reset` the bank spends one cycle per entry clearing itself, and
//! `ready` is low meanwhile (events are not counted then).

use rust_hdl::prelude::*;

/// Bits of a counter index: 32 counters per bank.
pub const COUNTER_INDEX_BITS: usize = 5;

#[derive(LogicBlock)]
pub struct CounterBank<const W: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Count one event of kind `count_index` this cycle.
    pub count: Signal<In, Bit>,
    pub count_index: Signal<In, Bits<COUNTER_INDEX_BITS>>,
    pub read_index: Signal<In, Bits<COUNTER_INDEX_BITS>>,
    /// The counter `read_index` named in the previous cycle.
    pub read_value: Signal<Out, Bits<W>>,
    /// Not clearing: events are counted.
    pub ready: Signal<Out, Bit>,
    tally: RAM<Bits<W>, COUNTER_INDEX_BITS>,
    shadow: RAM<Bits<W>, COUNTER_INDEX_BITS>,
    /// An event whose counter is being read this cycle.
    pending: DFF<Bit>,
    pending_index: DFF<Bits<COUNTER_INDEX_BITS>>,
    /// The counter read in the previous cycle, to be written back.
    held: DFF<Bit>,
    held_index: DFF<Bits<COUNTER_INDEX_BITS>>,
    held_value: DFF<Bits<W>>,
    clearing: DFF<Bit>,
    clear_index: DFF<Bits<COUNTER_INDEX_BITS>>,
    write_enable: Signal<Local, Bit>,
    write_address: Signal<Local, Bits<COUNTER_INDEX_BITS>>,
    write_data: Signal<Local, Bits<W>>,
    zero_index: Constant<Bits<COUNTER_INDEX_BITS>>,
    zero: Constant<Bits<W>>,
    one: Constant<Bits<W>>,
    last_index: Constant<Bits<COUNTER_INDEX_BITS>>,
    one_index: Constant<Bits<COUNTER_INDEX_BITS>>,
}

impl<const W: usize> Default for CounterBank<W> {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            count: Default::default(),
            count_index: Default::default(),
            read_index: Default::default(),
            read_value: Default::default(),
            ready: Default::default(),
            // Block RAM starts at zero after configuration, before any reset.
            tally: RAM::new((0..1u64 << COUNTER_INDEX_BITS).map(|i| (i.to_bits(), Bits::<W>::default())).collect()),
            shadow: RAM::new((0..1u64 << COUNTER_INDEX_BITS).map(|i| (i.to_bits(), Bits::<W>::default())).collect()),
            pending: Default::default(),
            pending_index: Default::default(),
            held: Default::default(),
            held_index: Default::default(),
            held_value: Default::default(),
            clearing: Default::default(),
            clear_index: Default::default(),
            write_enable: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            zero_index: Constant::new(0_u64.to_bits()),
            zero: Constant::new(0_u64.to_bits()),
            one: Constant::new(1_u64.to_bits()),
            last_index: Constant::new(((1u64 << COUNTER_INDEX_BITS) - 1).to_bits()),
            one_index: Constant::new(1_u64.to_bits()),
        }
    }
}

impl<const W: usize> Logic for CounterBank<W> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, pending, pending_index, held, held_index, held_value, clearing, clear_index);
        self.tally.read_clock.next = self.clock.val();
        self.tally.write_clock.next = self.clock.val();
        self.shadow.read_clock.next = self.clock.val();
        self.shadow.write_clock.next = self.clock.val();
        // Read the counter of this cycle's event; reads for the bridge go to the copy.
        self.tally.read_address.next = self.count_index.val();
        self.shadow.read_address.next = self.read_index.val();
        self.read_value.next = self.shadow.read_data.val();
        self.pending.d.next = self.count.val() & !self.clearing.q.val();
        self.pending_index.d.next = self.count_index.val();
        // Next cycle: hold what was read; the cycle after: write it back incremented, to both.
        self.held.d.next = self.pending.q.val();
        self.held_index.d.next = self.pending_index.q.val();
        self.held_value.d.next = self.tally.read_data.val();
        self.write_enable.next = self.held.q.val();
        self.write_address.next = self.held_index.q.val();
        self.write_data.next = self.held_value.q.val() + self.one.val();
        if self.clearing.q.val() {
            self.write_enable.next = true;
            self.write_address.next = self.clear_index.q.val();
            self.write_data.next = self.zero.val();
            self.clear_index.d.next = self.clear_index.q.val() + self.one_index.val();
            if self.clear_index.q.val() == self.last_index.val() {
                self.clearing.d.next = false;
            }
        }
        self.tally.write_enable.next = self.write_enable.val();
        self.tally.write_address.next = self.write_address.val();
        self.tally.write_data.next = self.write_data.val();
        self.shadow.write_enable.next = self.write_enable.val();
        self.shadow.write_address.next = self.write_address.val();
        self.shadow.write_data.next = self.write_data.val();
        self.ready.next = !self.clearing.q.val();
        if self.reset.val() {
            self.pending.d.next = false;
            self.held.d.next = false;
            self.clearing.d.next = true;
            self.clear_index.d.next = self.zero_index.val();
        }
    }
}
