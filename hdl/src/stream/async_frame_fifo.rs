//! A FIFO of whole frames between two clock domains (issue 27): the MAC's crossing between the
//! 125 MHz line and the core.
//!
//! The reader sees a frame only once its last beat is written: the write pointer that crosses
//! to the read side is the *committed* one, moved at each frame's last beat. So the writer may
//! still forget the frame it is writing (`in_abort`: the pointer goes back to the last commit),
//! and a receiver drops a frame found bad at its end whole, at no cost downstream; and a
//! transmitter behind the FIFO never starts a frame it could not finish at line rate.
//!
//! The read pointer crosses the classic way (Cummings, "Simulation and Synthesis Techniques for
//! Asynchronous FIFO Design", SNUG 2002): one bit wider than an address, published in Gray code
//! from a register in its own domain and taken into the writer's through two flip-flops. It
//! steps by one word, and Gray code changes one bit per step, so a pointer caught mid-change
//! reads as its old or its new value, never as a third. The commit point jumps a whole frame at
//! a time, which Gray code does not survive (several bits change at once), so it crosses by
//! handshake (`HandshakeCrossing`): whole, a few cycles later. Both sides see the other late,
//! which only makes them cautious: the writer sees less space, the reader fewer frames.
//!
//! The two resets must overlap (the board holds both while either clock starts).

use crate::handshake_crossing::HandshakeCrossing;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct AsyncFrameFifo<D: Synth, const ADDRESS_BITS: usize, const POINTER_BITS: usize> {
    pub write_clock: Signal<In, Clock>,
    pub write_reset: Signal<In, Bit>,
    /// A beat is written when `in_valid` and `in_ready`; with `in_last` it ends (commits) the frame.
    pub in_data: Signal<In, D>,
    pub in_valid: Signal<In, Bit>,
    pub in_last: Signal<In, Bit>,
    pub in_ready: Signal<Out, Bit>,
    /// Forget the beats written since the last commit (no beat is written in that cycle).
    pub in_abort: Signal<In, Bit>,
    /// The FIFO is full of the frame being written: it can never commit, so the writer must abort.
    pub open_frame_fills_fifo: Signal<Out, Bit>,
    pub read_clock: Signal<In, Clock>,
    pub read_reset: Signal<In, Bit>,
    /// Committed beats, first word fall-through.
    pub out_data: Signal<Out, D>,
    pub out_valid: Signal<Out, Bit>,
    pub out_ready: Signal<In, Bit>,
    ram: RAM<D, ADDRESS_BITS>,
    // Write domain. Each pointer is kept in Gray code too, and one word on, so that every
    // fullness compare starts from flip-flops (no adder or Gray conversion in front of it).
    write_pointer: DFF<Bits<POINTER_BITS>>,
    write_gray: DFF<Bits<POINTER_BITS>>,
    write_gray_ahead: DFF<Bits<POINTER_BITS>>,
    committed: DFF<Bits<POINTER_BITS>>,
    committed_gray: DFF<Bits<POINTER_BITS>>,
    committed_gray_ahead: DFF<Bits<POINTER_BITS>>,
    read_gray_metastable: DFF<Bits<POINTER_BITS>>,
    read_gray_seen: DFF<Bits<POINTER_BITS>>,
    /// `in_ready` low, from a flip-flop (timing: the writer's whole write and abort logic hangs
    /// on it). It is the exact fullness of this cycle's pointer against last cycle's view of the
    /// reader's: a read frees room one cycle later than the synchronisers allow, never wrongly.
    full_registered: DFF<Bit>,
    /// The commit point (in Gray code) into the read domain, whole.
    commit_crossing: HandshakeCrossing<POINTER_BITS>,
    // Read domain.
    read_pointer: DFF<Bits<POINTER_BITS>>,
    read_gray: DFF<Bits<POINTER_BITS>>,
    /// `out_valid`, from a flip-flop: a word lies between the pointer and the commit point as
    /// seen one cycle before (see the read side below).
    holds_word: DFF<Bit>,
    /// `holds_word`'s complement, a second flip-flop for the reader (timing: `holds_word` stays
    /// by the pointers and the block RAM, this one by the reader's logic, which on a full chip
    /// can be far away; the complement keeps synthesis from merging the two).
    reader_sees_nothing: DFF<Bit>,
    /// The Gray code of the pointer one word on, kept ready in a flip-flop.
    read_gray_ahead: DFF<Bits<POINTER_BITS>>,
    /// The writer's Gray pointer that would be a whole FIFO ahead of the reader's view.
    full_at: Signal<Local, Bits<POINTER_BITS>>,
    full: Signal<Local, Bit>,
    /// Fullness after one more write, and after an abort, against this cycle's view of the reader.
    full_after_write: Signal<Local, Bit>,
    full_after_abort: Signal<Local, Bit>,
    write: Signal<Local, Bit>,
    write_pointer_after: Signal<Local, Bits<POINTER_BITS>>,
    write_pointer_two_ahead: Signal<Local, Bits<POINTER_BITS>>,
    committed_gray_seen: Signal<Local, Bits<POINTER_BITS>>,
    advance: Signal<Local, Bit>,
    read_pointer_after: Signal<Local, Bits<POINTER_BITS>>,
    /// The pointer one and two words on.
    read_pointer_ahead: Signal<Local, Bits<POINTER_BITS>>,
    read_pointer_two_ahead: Signal<Local, Bits<POINTER_BITS>>,
    /// A Gray pointer with its two top bits flipped: what the reader's pointer is when the
    /// writer's is a whole FIFO ahead.
    wrap_flip: Constant<Bits<POINTER_BITS>>,
    one: Constant<Bits<POINTER_BITS>>,
    two: Constant<Bits<POINTER_BITS>>,
    zero: Constant<Bits<POINTER_BITS>>,
}

impl<D: Synth, const ADDRESS_BITS: usize, const POINTER_BITS: usize> Default for AsyncFrameFifo<D, ADDRESS_BITS, POINTER_BITS> {
    fn default() -> Self {
        assert_eq!(POINTER_BITS, ADDRESS_BITS + 1, "a pointer is an address plus a wrap bit");
        assert!(ADDRESS_BITS >= 2);
        Self {
            write_clock: Default::default(),
            write_reset: Default::default(),
            in_data: Default::default(),
            in_valid: Default::default(),
            in_last: Default::default(),
            in_ready: Default::default(),
            in_abort: Default::default(),
            open_frame_fills_fifo: Default::default(),
            read_clock: Default::default(),
            read_reset: Default::default(),
            out_data: Default::default(),
            out_valid: Default::default(),
            out_ready: Default::default(),
            ram: Default::default(),
            write_pointer: Default::default(),
            write_gray: Default::default(),
            write_gray_ahead: Default::default(),
            committed: Default::default(),
            committed_gray: Default::default(),
            committed_gray_ahead: Default::default(),
            read_gray_metastable: Default::default(),
            read_gray_seen: Default::default(),
            full_registered: Default::default(),
            commit_crossing: Default::default(),
            read_pointer: Default::default(),
            read_gray: Default::default(),
            holds_word: Default::default(),
            reader_sees_nothing: Default::default(),
            read_gray_ahead: Default::default(),
            full_at: Default::default(),
            full: Default::default(),
            full_after_write: Default::default(),
            full_after_abort: Default::default(),
            write: Default::default(),
            write_pointer_after: Default::default(),
            write_pointer_two_ahead: Default::default(),
            committed_gray_seen: Default::default(),
            advance: Default::default(),
            read_pointer_after: Default::default(),
            read_pointer_ahead: Default::default(),
            read_pointer_two_ahead: Default::default(),
            wrap_flip: Constant::new((3u64 << (POINTER_BITS - 2)).to_bits()),
            one: Constant::new(1u64.to_bits()),
            two: Constant::new(2u64.to_bits()),
            zero: Constant::new(0u64.to_bits()),
        }
    }
}

impl<D: Synth, const ADDRESS_BITS: usize, const POINTER_BITS: usize> Logic for AsyncFrameFifo<D, ADDRESS_BITS, POINTER_BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, write_clock, write_pointer, write_gray, write_gray_ahead, committed, committed_gray, committed_gray_ahead,
            read_gray_metastable, read_gray_seen, full_registered
        );
        dff_setup!(self, read_clock, read_pointer, read_gray, holds_word, reader_sees_nothing, read_gray_ahead);
        self.ram.write_clock.next = self.write_clock.val();
        self.ram.read_clock.next = self.read_clock.val();

        // Write domain: the reader's pointer arrives through two flip-flops.
        self.read_gray_metastable.d.next = self.read_gray.q.val();
        self.read_gray_seen.d.next = self.read_gray_metastable.q.val();
        self.full_at.next = self.read_gray_seen.q.val() ^ self.wrap_flip.val();
        self.full.next = self.write_gray.q.val() == self.full_at.val();
        // Nothing committed is left unread (the reader cannot pass the commit point, so a late
        // view of its pointer equal to the commit point is exact).
        self.open_frame_fills_fifo.next = self.full.val() & (self.committed_gray.q.val() == self.read_gray_seen.q.val());
        self.full_after_write.next = self.write_gray_ahead.q.val() == self.full_at.val();
        self.full_after_abort.next = self.committed_gray.q.val() == self.full_at.val();
        // All three fullness compares start from flip-flops; the write and the abort only pick one.
        self.in_ready.next = !self.full_registered.q.val();
        self.write.next = self.in_valid.val() & !self.full_registered.q.val() & !self.in_abort.val();
        self.full_registered.d.next = self.full.val();
        if self.write.val() {
            self.full_registered.d.next = self.full_after_write.val();
        }
        if self.in_abort.val() {
            self.full_registered.d.next = self.full_after_abort.val();
        }
        self.ram.write_enable.next = self.write.val();
        self.ram.write_address.next = self.write_pointer.q.val().get_bits::<ADDRESS_BITS>(0);
        self.ram.write_data.next = self.in_data.val();
        self.write_pointer_after.next = self.write_pointer.q.val() + self.one.val();
        self.write_pointer_two_ahead.next = self.write_pointer.q.val() + self.two.val();
        if self.write.val() {
            self.write_pointer.d.next = self.write_pointer_after.val();
            self.write_gray.d.next = self.write_gray_ahead.q.val();
            self.write_gray_ahead.d.next = self.write_pointer_two_ahead.val() ^ (self.write_pointer_two_ahead.val() >> 1);
            if self.in_last.val() {
                self.committed.d.next = self.write_pointer_after.val();
                self.committed_gray.d.next = self.write_gray_ahead.q.val();
                self.committed_gray_ahead.d.next =
                    self.write_pointer_two_ahead.val() ^ (self.write_pointer_two_ahead.val() >> 1);
            }
        }
        if self.in_abort.val() {
            self.write_pointer.d.next = self.committed.q.val();
            self.write_gray.d.next = self.committed_gray.q.val();
            self.write_gray_ahead.d.next = self.committed_gray_ahead.q.val();
        }
        if self.write_reset.val() {
            self.write_pointer.d.next = self.zero.val();
            self.write_gray.d.next = self.zero.val();
            self.write_gray_ahead.d.next = self.one.val();
            self.committed.d.next = self.zero.val();
            self.committed_gray.d.next = self.zero.val();
            self.committed_gray_ahead.d.next = self.one.val();
            self.read_gray_metastable.d.next = self.zero.val();
            self.read_gray_seen.d.next = self.zero.val();
            self.full_registered.d.next = false;
        }
        self.commit_crossing.source_clock.next = self.write_clock.val();
        self.commit_crossing.source_reset.next = self.write_reset.val();
        self.commit_crossing.source_value.next = self.committed_gray.q.val();
        self.commit_crossing.clock.next = self.read_clock.val();
        self.commit_crossing.reset.next = self.read_reset.val();

        // Read domain: the commit point arrives whole through the handshake. The RAM reads the
        // word at the pointer as it will be next cycle, so `out_data` is always the word at the
        // pointer.
        //
        // `out_valid` is a flip-flop (timing: the compare of two Gray pointers is three logic
        // levels, and the reader's whole word register hangs on `advance`). Both compares, for
        // the pointer staying and for it moving on, are made from flip-flops in parallel, and
        // `advance` only picks one. They compare with this cycle's view of the commit point, so
        // a commit is seen one cycle later than the crossing allows: cautious, never wrong,
        // since the pointer moves only onto words that view already holds. The Gray code of the
        // pointer one word on is a flip-flop too, so the moving compare starts from flip-flops
        // and no adder sits in front of it.
        self.committed_gray_seen.next = self.commit_crossing.value.val();
        self.out_valid.next = !self.reader_sees_nothing.q.val();
        self.advance.next = self.holds_word.q.val() & self.out_ready.val();
        self.read_pointer_ahead.next = self.read_pointer.q.val() + self.one.val();
        self.read_pointer_two_ahead.next = self.read_pointer.q.val() + self.two.val();
        self.read_pointer_after.next = self.read_pointer.q.val();
        self.holds_word.d.next = self.read_gray.q.val() != self.committed_gray_seen.val();
        if self.advance.val() {
            self.read_pointer_after.next = self.read_pointer_ahead.val();
            self.read_gray.d.next = self.read_gray_ahead.q.val();
            self.read_gray_ahead.d.next = self.read_pointer_two_ahead.val() ^ (self.read_pointer_two_ahead.val() >> 1);
            self.holds_word.d.next = self.read_gray_ahead.q.val() != self.committed_gray_seen.val();
        }
        self.reader_sees_nothing.d.next = !self.holds_word.d.val();
        self.read_pointer.d.next = self.read_pointer_after.val();
        self.ram.read_address.next = self.read_pointer_after.val().get_bits::<ADDRESS_BITS>(0);
        self.out_data.next = self.ram.read_data.val();
        if self.read_reset.val() {
            self.read_pointer.d.next = self.zero.val();
            self.read_gray.d.next = self.zero.val();
            self.holds_word.d.next = false;
            self.reader_sees_nothing.d.next = true;
            self.read_gray_ahead.d.next = self.one.val();
        }
    }
}
