//! The connector's emitter (docs/controller-link.md): sends link messages to the controllers, one
//! at a time — a message the engine hands over (a header; then a `TAKEOVER`'s payload word or a
//! capsule's words from the capsule buffer, one per cycle, with the SQE's CID set to the
//! controller's), or a READ Response packet from the requester passed through as `READ_DATA`
//! after its READ is looked up. A message to a controller whose link goes down is lost with the
//! link and the emitter is free at once; one to a controller fenced when it started is dropped
//! whole (only `FENCE` reaches a fenced controller); READ data nobody waits for is discarded
//! beside the emitter, which is free for other messages.

use super::read_table::{ReadEntry, READ_BITS, READ_GENERATION_BITS};
use crate::bundles::controller_links::ToControllerOut;
use crate::bundles::work_request::ReadDataIn;
use crate::constant::constant;
use crate::link::message::{MessageType, FLAG_LAST};
use rust_hdl::prelude::*;

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum EmitStep {
    Idle,
    Header,
    /// A `TAKEOVER`'s one payload word.
    Payload,
    /// A capsule's words from the capsule buffer.
    Slot,
    ReadLookup,
    ReadPass,
}

#[derive(LogicBlock)]
pub struct LinkEmitter<const SLOT_WORD_BITS: usize, const SLOT_ADDRESS_BITS: usize, const BUFFER_ADDRESS_BITS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Per controller (bit 0 = A): link up; fenced; up and not fenced.
    pub link_up: Signal<In, Bits<2>>,
    pub fenced: Signal<In, Bits<2>>,
    pub available: Signal<In, Bits<2>>,
    /// A message from the engine, taken in a cycle where `idle` is high: its controller, header,
    /// what follows the header (`Idle` for nothing, `Payload`, `Slot`), whether it is a `FENCE`,
    /// the payload word, and the capsule's slot and byte length.
    pub issue: Signal<In, Bit>,
    pub issue_controller: Signal<In, Bit>,
    pub issue_header: Signal<In, Bits<64>>,
    pub issue_next: Signal<In, EmitStep>,
    pub issue_fence: Signal<In, Bit>,
    pub issue_payload: Signal<In, Bits<64>>,
    pub issue_slot: Signal<In, Bits<SLOT_ADDRESS_BITS>>,
    pub issue_length: Signal<In, Bits<16>>,
    pub idle: Signal<Out, Bit>,
    pub to_controller: ToControllerOut,
    /// READ data from the requester.
    pub read: ReadDataIn,
    /// The capsule buffer's read port (block RAM: data a cycle after the address).
    pub buffer_address: Signal<Out, Bits<BUFFER_ADDRESS_BITS>>,
    pub buffer_data: Signal<In, Bits<64>>,
    /// The READ table's read port; the entries that hold a READ and were not written in the
    /// last cycle; the entries whose READ's last data passed (one-cycle pulse).
    pub read_table_address: Signal<Out, Bits<READ_BITS>>,
    pub read_table_entry: Signal<In, ReadEntry>,
    pub read_live: Signal<In, Bits<4>>,
    pub read_retire: Signal<Out, Bits<4>>,
    /// READ data with an unknown or stale tag came (one-cycle pulse).
    pub read_data_unknown: Signal<Out, Bit>,
    step: DFF<EmitStep>,
    controller: DFF<Bit>,
    header: DFF<Bits<64>>,
    next_step: DFF<EmitStep>,
    /// The message under way is dropped whole: its controller was fenced when it started.
    dropping: DFF<Bit>,
    /// The rest of a READ Response packet nobody waits for (unknown or stale tag, its controller
    /// fenced or its link down) is taken beside the emitter, which is free for other messages.
    read_discard: DFF<Bit>,
    payload: DFF<Bits<64>>,
    word: DFF<Bits<BUFFER_ADDRESS_BITS>>,
    words_left: DFF<Bits<16>>,
    read_tag: DFF<Bits<READ_BITS>>,
    read_generation: DFF<Bits<READ_GENERATION_BITS>>,
    read_length: DFF<Bits<13>>,
    read_last: DFF<Bit>,
    controller_bit: Signal<Local, Bits<2>>,
    beat_valid: Signal<Local, Bit>,
    beat_ready: Signal<Local, Bit>,
    read_reachable: Signal<Local, Bit>,
    read_flags: Signal<Local, Bits<64>>,
    read_tag_shifted: Signal<Local, Bits<8>>,
    read_tag_generation: Signal<Local, Bits<READ_GENERATION_BITS>>,
    // Message fields: a header's length (bits 47:32) and tag (63:48); the SQE's CID (bytes 2–3).
    length_shift: Constant<Bits<64>>,
    tag_shift: Constant<Bits<64>>,
    sqe_cid_shift: Constant<Bits<64>>,
    sqe_cid_field: Constant<Bits<64>>,
    type_read_data: Constant<Bits<64>>,
    flag_last: Constant<Bits<64>>,
    no_flags: Constant<Bits<64>>,
    word_shift: Constant<Bits<BUFFER_ADDRESS_BITS>>,
    next_word: Constant<Bits<BUFFER_ADDRESS_BITS>>,
    first_slot_word: Constant<Bits<SLOT_WORD_BITS>>,
    one_word_left: Constant<Bits<16>>,
    round_up_to_word: Constant<Bits<16>>,
    read_index_shift: Constant<Bits<8>>,
    read_bit_0: Constant<Bits<4>>,
    no_read: Constant<Bits<4>>,
    controller_a_bit: Constant<Bits<2>>,
    controller_b_bit: Constant<Bits<2>>,
    no_controller: Constant<Bits<2>>,
}

impl<const SLOT_WORD_BITS: usize, const SLOT_ADDRESS_BITS: usize, const BUFFER_ADDRESS_BITS: usize> Default
    for LinkEmitter<SLOT_WORD_BITS, SLOT_ADDRESS_BITS, BUFFER_ADDRESS_BITS>
{
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            link_up: Default::default(),
            fenced: Default::default(),
            available: Default::default(),
            issue: Default::default(),
            issue_controller: Default::default(),
            issue_header: Default::default(),
            issue_next: Default::default(),
            issue_fence: Default::default(),
            issue_payload: Default::default(),
            issue_slot: Default::default(),
            issue_length: Default::default(),
            idle: Default::default(),
            to_controller: Default::default(),
            read: Default::default(),
            buffer_address: Default::default(),
            buffer_data: Default::default(),
            read_table_address: Default::default(),
            read_table_entry: Default::default(),
            read_live: Default::default(),
            read_retire: Default::default(),
            read_data_unknown: Default::default(),
            step: Default::default(),
            controller: Default::default(),
            header: Default::default(),
            next_step: Default::default(),
            dropping: Default::default(),
            read_discard: Default::default(),
            payload: Default::default(),
            word: Default::default(),
            words_left: Default::default(),
            read_tag: Default::default(),
            read_generation: Default::default(),
            read_length: Default::default(),
            read_last: Default::default(),
            controller_bit: Default::default(),
            beat_valid: Default::default(),
            beat_ready: Default::default(),
            read_reachable: Default::default(),
            read_flags: Default::default(),
            read_tag_shifted: Default::default(),
            read_tag_generation: Default::default(),
            length_shift: constant(32),
            tag_shift: constant(48),
            sqe_cid_shift: constant(16),
            sqe_cid_field: constant(0xFFFF << 16),
            type_read_data: constant(MessageType::ReadData as u64),
            flag_last: constant((FLAG_LAST as u64) << 8),
            no_flags: constant(0),
            word_shift: constant(SLOT_WORD_BITS as u64),
            next_word: constant(1),
            first_slot_word: constant(0),
            one_word_left: constant(1),
            round_up_to_word: constant(7),
            read_index_shift: constant(READ_BITS as u64),
            read_bit_0: constant(1),
            no_read: constant(0),
            controller_a_bit: constant(1),
            controller_b_bit: constant(2),
            no_controller: constant(0),
        }
    }
}

impl<const SLOT_WORD_BITS: usize, const SLOT_ADDRESS_BITS: usize, const BUFFER_ADDRESS_BITS: usize> Logic
    for LinkEmitter<SLOT_WORD_BITS, SLOT_ADDRESS_BITS, BUFFER_ADDRESS_BITS>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, step, controller, header, next_step, dropping, read_discard, payload, word, words_left, read_tag, read_generation,
            read_length, read_last
        );
        self.idle.next = self.step.q.val() == EmitStep::Idle;
        self.read_retire.next = self.no_read.val();
        self.read_data_unknown.next = false;
        self.read_table_address.next = self.read_tag.q.val();
        if self.step.q.val() == EmitStep::Idle {
            self.read_table_address.next = self.read.tag.val().get_bits::<READ_BITS>(0);
        }
        self.read_tag_shifted.next = self.read.tag.val() >> self.read_index_shift.val();
        self.read_tag_generation.next = bit_cast::<READ_GENERATION_BITS, 8>(self.read_tag_shifted.val());
        self.read_flags.next = self.no_flags.val();
        if self.read_last.q.val() {
            self.read_flags.next = self.flag_last.val();
        }
        // The looked-up READ's controller can take its data (link up, not fenced).
        self.read_reachable.next = self.available.val().get_bit(0);
        if self.read_table_entry.val().controller {
            self.read_reachable.next = self.available.val().get_bit(1);
        }
        self.controller_bit.next = self.controller_a_bit.val();
        if self.controller.q.val() {
            self.controller_bit.next = self.controller_b_bit.val();
        }
        // A message to a controller whose link is down is lost; one to a controller fenced when the
        // message started is dropped whole (only FENCE goes to a fenced controller).
        self.beat_ready.next = (self.to_controller.tready.val() & self.controller_bit.val()).any()
            | !(self.link_up.val() & self.controller_bit.val()).any()
            | self.dropping.q.val();
        self.beat_valid.next = false;
        self.to_controller.tdata.next = self.header.q.val();
        self.to_controller.tlast.next = false;
        self.read.tready.next = false;
        self.buffer_address.next = self.word.q.val();
        if self.read_discard.q.val() {
            self.read.tready.next = true;
            if self.read.tvalid.val() & self.read.tlast.val() {
                self.read_discard.d.next = false;
            }
        }
        match self.step.q.val() {
            EmitStep::Idle => {
                if self.issue.val() {
                    self.controller.d.next = self.issue_controller.val();
                    self.header.d.next = self.issue_header.val();
                    self.next_step.d.next = self.issue_next.val();
                    self.dropping.d.next = ((self.fenced.val().get_bit(0) & !self.issue_controller.val())
                        | (self.fenced.val().get_bit(1) & self.issue_controller.val()))
                        & !self.issue_fence.val();
                    self.payload.d.next = self.issue_payload.val();
                    self.word.d.next = bit_cast::<BUFFER_ADDRESS_BITS, SLOT_ADDRESS_BITS>(self.issue_slot.val()) << self.word_shift.val();
                    self.words_left.d.next = (self.issue_length.val() + self.round_up_to_word.val()) >> 3;
                    self.step.d.next = EmitStep::Header;
                } else if self.read.tvalid.val() & !self.read_discard.q.val() {
                    self.read_tag.d.next = self.read.tag.val().get_bits::<READ_BITS>(0);
                    self.read_generation.d.next = self.read_tag_generation.val();
                    self.read_length.d.next = self.read.length.val();
                    self.read_last.d.next = self.read.last.val();
                    self.step.d.next = EmitStep::ReadLookup;
                }
            }
            EmitStep::ReadLookup => {
                self.step.d.next = EmitStep::Idle;
                self.read_discard.d.next = true;
                if (self.read_live.val() & (self.read_bit_0.val() << bit_cast::<4, READ_BITS>(self.read_tag.q.val()))).any()
                    & (self.read_table_entry.val().generation == self.read_generation.q.val())
                {
                    // Only a READ's last packet that matches frees its entry: stale data must not
                    // free an entry that was given to a new READ (perhaps in this very cycle).
                    if self.read_last.q.val() {
                        self.read_retire.next = self.read_bit_0.val() << bit_cast::<4, READ_BITS>(self.read_tag.q.val());
                    }
                    self.controller.d.next = self.read_table_entry.val().controller;
                    self.header.d.next = self.type_read_data.val()
                        | self.read_flags.val()
                        | (bit_cast::<64, 13>(self.read_length.q.val()) << self.length_shift.val())
                        | (bit_cast::<64, 16>(self.read_table_entry.val().tag) << self.tag_shift.val());
                    self.next_step.d.next = EmitStep::ReadPass;
                    self.dropping.d.next = false;
                    // Data for a fenced controller, or one whose link is down, goes nowhere.
                    if !self.read_reachable.val() {
                        self.read_discard.d.next = true;
                    } else {
                        self.read_discard.d.next = false;
                        self.step.d.next = EmitStep::Header;
                    }
                } else {
                    self.read_data_unknown.next = true;
                }
            }
            EmitStep::Header => {
                self.beat_valid.next = true;
                self.to_controller.tlast.next = self.next_step.q.val() == EmitStep::Idle;
                if self.beat_ready.val() {
                    self.step.d.next = self.next_step.q.val();
                }
            }
            EmitStep::Payload => {
                self.beat_valid.next = true;
                self.to_controller.tdata.next = self.payload.q.val();
                self.to_controller.tlast.next = true;
                if self.beat_ready.val() {
                    self.step.d.next = EmitStep::Idle;
                }
            }
            EmitStep::Slot => {
                self.beat_valid.next = true;
                self.to_controller.tdata.next = self.buffer_data.val();
                if self.word.q.val().get_bits::<SLOT_WORD_BITS>(0) == self.first_slot_word.val() {
                    // The SQE's CID (bytes 2–3) is the controller's CID, the header's tag.
                    self.to_controller.tdata.next = (self.buffer_data.val() & !self.sqe_cid_field.val())
                        | (bit_cast::<64, 16>(self.header.q.val().get_bits::<16>(48)) << self.sqe_cid_shift.val());
                }
                self.to_controller.tlast.next = self.words_left.q.val() == self.one_word_left.val();
                if self.beat_ready.val() {
                    self.word.d.next = self.word.q.val() + self.next_word.val();
                    self.buffer_address.next = self.word.q.val() + self.next_word.val();
                    self.words_left.d.next = self.words_left.q.val() - self.one_word_left.val();
                    if self.words_left.q.val() == self.one_word_left.val() {
                        self.step.d.next = EmitStep::Idle;
                    }
                }
            }
            _ => {
                // ReadPass.
                self.beat_valid.next = self.read.tvalid.val();
                self.to_controller.tdata.next = self.read.tdata.val();
                self.to_controller.tlast.next = self.read.tlast.val();
                self.read.tready.next = self.beat_ready.val();
                if self.read.tvalid.val() & self.beat_ready.val() & self.read.tlast.val() {
                    self.step.d.next = EmitStep::Idle;
                }
            }
        }
        // A link that goes down loses the message on it: the emitter is free at once (a TAKEOVER
        // may be due), and what is left of a READ Response packet is discarded. A link that comes
        // back starts with a new message, never with the rest of an old one.
        if !(self.link_up.val() & self.controller_bit.val()).any() & !self.idle.val() & (self.step.q.val() != EmitStep::ReadLookup) {
            self.step.d.next = EmitStep::Idle;
            if self.step.q.val() == EmitStep::ReadPass {
                // This cycle's beat is taken (a dead link is always ready); the rest is discarded.
                self.read_discard.d.next = !(self.read.tvalid.val() & self.read.tlast.val());
            }
            if (self.step.q.val() == EmitStep::Header) & (self.next_step.q.val() == EmitStep::ReadPass) {
                self.read_discard.d.next = true;
            }
        }
        self.to_controller.tvalid.next = self.no_controller.val();
        if self.beat_valid.val() & !self.dropping.q.val() {
            self.to_controller.tvalid.next = self.controller_bit.val();
        }
        if self.reset.val() {
            self.step.d.next = EmitStep::Idle;
            self.read_discard.d.next = false;
        }
    }
}
