//! The connector's table of RDMA READs in flight (docs/controller-link.md): who asked for each,
//! so its data goes back as `READ_DATA` to that controller under its tag. The requester's tag of
//! a READ is its entry's index under a generation: data of a READ whose entry was dropped (its
//! controller failed) and given to a new READ does not match the new READ's generation, so it
//! never reaches the new READ's controller.

use crate::constant::constant;
use rust_hdl::prelude::*;

/// Outstanding RDMA READs a connector tracks.
pub const READ_BITS: usize = 2;
/// Generation bits in a READ's requester tag (above the entry index).
pub const READ_GENERATION_BITS: usize = 8 - READ_BITS;

/// An RDMA READ in flight: who asked for it.
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct ReadEntry {
    pub controller: Bit,
    pub generation: Bits<READ_GENERATION_BITS>,
    pub tag: Bits<16>,
}

#[derive(LogicBlock)]
pub struct ReadTable {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// An entry is free, and the requester tag (generation, index) the next READ gets.
    pub has_free: Signal<Out, Bit>,
    pub next_tag: Signal<Out, Bits<8>>,
    /// Take that entry for a READ of controller `controller` (1 = B) under its tag `tag`.
    pub allocate: Signal<In, Bit>,
    pub controller: Signal<In, Bit>,
    pub tag: Signal<In, Bits<16>>,
    /// Forget the READs controller `controller` asked for (it failed): their data goes nowhere.
    pub forget: Signal<In, Bit>,
    /// The emitter's look-up by index; the entries live (those written in the last cycle are
    /// not: the table's read port still shows what they held before, as block RAM reads the old
    /// word during a write, so data looked up against them is a failed controller's late data);
    /// the entries whose READ's last data passed (one-cycle pulse).
    pub lookup_index: Signal<In, Bits<READ_BITS>>,
    pub lookup_entry: Signal<Out, ReadEntry>,
    pub live: Signal<Out, Bits<4>>,
    pub retire: Signal<In, Bits<4>>,
    entries: RAM<ReadEntry, READ_BITS>,
    valid: DFF<Bits<4>>,
    of_b: DFF<Bits<4>>,
    fresh: DFF<Bits<4>>,
    generation: DFF<Bits<READ_GENERATION_BITS>>,
    free: Signal<Local, Bits<4>>,
    pick: Signal<Local, Bits<READ_BITS>>,
    taken: Signal<Local, Bits<4>>,
    forgotten: Signal<Local, Bits<4>>,
    none: Constant<Bits<4>>,
    entry_0: Constant<Bits<4>>,
    index_0: Constant<Bits<READ_BITS>>,
    index_1: Constant<Bits<READ_BITS>>,
    index_2: Constant<Bits<READ_BITS>>,
    index_3: Constant<Bits<READ_BITS>>,
    index_shift: Constant<Bits<8>>,
    next_generation: Constant<Bits<READ_GENERATION_BITS>>,
}

impl Default for ReadTable {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            has_free: Default::default(),
            next_tag: Default::default(),
            allocate: Default::default(),
            controller: Default::default(),
            tag: Default::default(),
            forget: Default::default(),
            lookup_index: Default::default(),
            lookup_entry: Default::default(),
            live: Default::default(),
            retire: Default::default(),
            entries: Default::default(),
            valid: Default::default(),
            of_b: Default::default(),
            fresh: Default::default(),
            generation: Default::default(),
            free: Default::default(),
            pick: Default::default(),
            taken: Default::default(),
            forgotten: Default::default(),
            none: constant(0),
            entry_0: constant(1),
            index_0: constant(0),
            index_1: constant(1),
            index_2: constant(2),
            index_3: constant(3),
            index_shift: constant(READ_BITS as u64),
            next_generation: constant(1),
        }
    }
}

impl Logic for ReadTable {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, valid, of_b, fresh, generation);
        self.entries.read_clock.next = self.clock.val();
        self.entries.write_clock.next = self.clock.val();
        self.entries.read_address.next = self.lookup_index.val();
        self.lookup_entry.next = self.entries.read_data.val();
        self.live.next = self.valid.q.val() & !self.fresh.q.val();
        // The lowest free entry.
        self.free.next = !self.valid.q.val();
        self.pick.next = self.index_3.val();
        if self.free.val().get_bit(2) {
            self.pick.next = self.index_2.val();
        }
        if self.free.val().get_bit(1) {
            self.pick.next = self.index_1.val();
        }
        if self.free.val().get_bit(0) {
            self.pick.next = self.index_0.val();
        }
        self.has_free.next = self.free.val().any();
        self.next_tag.next = (bit_cast::<8, READ_GENERATION_BITS>(self.generation.q.val()) << self.index_shift.val())
            | bit_cast::<8, READ_BITS>(self.pick.val());
        self.entries.write_enable.next = self.allocate.val();
        self.entries.write_address.next = self.pick.val();
        self.entries.write_data.next.controller = self.controller.val();
        self.entries.write_data.next.tag = self.tag.val();
        self.entries.write_data.next.generation = self.generation.q.val();
        self.taken.next = self.none.val();
        if self.allocate.val() {
            self.taken.next = self.entry_0.val() << bit_cast::<4, READ_BITS>(self.pick.val());
            self.generation.d.next = self.generation.q.val() + self.next_generation.val();
        }
        self.forgotten.next = self.none.val();
        if self.forget.val() {
            self.forgotten.next = self.valid.q.val() & !self.of_b.q.val();
            if self.controller.val() {
                self.forgotten.next = self.valid.q.val() & self.of_b.q.val();
            }
        }
        self.valid.d.next = (self.valid.q.val() | self.taken.val()) & !(self.forgotten.val() | self.retire.val());
        self.fresh.d.next = self.taken.val();
        self.of_b.d.next = self.of_b.q.val() & !self.taken.val();
        if self.controller.val() {
            self.of_b.d.next = self.of_b.q.val() | self.taken.val();
        }
        if self.reset.val() {
            self.valid.d.next = self.none.val();
        }
    }
}
