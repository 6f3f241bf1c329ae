//! The requester's sending side: what a work request, a finished payload copy, or a packet to
//! send does to the QP the engine has loaded.
//!
//! The engine hands over while `step` is one of this side's steps (Publish to SendCommit, `active`)
//! and writes back `qp_context_next` and `step_next`. Admit takes a work request into the QP's
//! next message slot and starts its payload copy — or refuses it at once, or blocks until an
//! acknowledgement frees room; Publish makes a copied message sendable (or completes a failed
//! one); LoadMessage, SendCompute and SendCommit cut the message being sent into its next packet
//! at the QP's path MTU and hand it to the mover.

use super::rc::{self, CompletionStatus, RequesterEvent, WrKind, PSN_BITS};
use super::replay_mover::TxFields;
use super::requester_context::{MessageRecord, RequesterContext, RequesterStep};
use crate::constant::constant;
use crate::counters::COUNTER_INDEX_BITS;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct WrSender<const QP_BITS: usize, const MESSAGE_ADDRESS_BITS: usize, const RING_ADDRESS_BITS: usize> {
    pub clock: Signal<In, Clock>,
    pub step: Signal<In, RequesterStep>,
    pub active: Signal<Out, Bit>,
    pub qp: Signal<In, Bits<QP_BITS>>,
    pub qp_context: Signal<In, RequesterContext>,
    /// The QP's slot and ring counters as its context arrives from block RAM, the cycle before
    /// Admit: Admit's room checks are taken from them into flip-flops (timing: `wr_accept` reaches
    /// back through the arbiter to the connectors).
    pub loading_slot_head: Signal<In, Bits<8>>,
    pub loading_slot_tail: Signal<In, Bits<8>>,
    pub loading_ring_write: Signal<In, Bits<16>>,
    pub loading_ring_release: Signal<In, Bits<16>>,
    pub loading_mtu_shift: Signal<In, Bits<3>>,
    /// The message the engine read at the QP's send slot.
    pub send_message: Signal<In, MessageRecord>,
    pub now: Signal<In, Bits<16>>,
    pub wr_length: Signal<In, Bits<16>>,
    pub wr_kind: Signal<In, Bits<2>>,
    pub wr_va: Signal<In, Bits<64>>,
    pub wr_rkey: Signal<In, Bits<32>>,
    pub wr_tag: Signal<In, Bits<8>>,
    /// The finished copy (Publish).
    pub copy_failed: Signal<In, Bit>,
    pub copy_tag: Signal<In, Bits<8>>,
    pub copy_words: Signal<In, Bits<16>>,
    pub copy_packets: Signal<In, Bits<PSN_BITS>>,
    pub completion_free: Signal<In, Bit>,
    /// The mover's packets: the first ring word each still has to read (`ReplayMover`).
    pub streaming_hold: Signal<In, Bit>,
    pub streaming_qp: Signal<In, Bits<QP_BITS>>,
    pub streaming_word: Signal<In, Bits<16>>,
    pub queued_hold: Signal<In, Bit>,
    pub queued_qp: Signal<In, Bits<QP_BITS>>,
    pub queued_word: Signal<In, Bits<16>>,
    pub count_event: Signal<In, Bit>,
    pub count_which: Signal<In, Bits<COUNTER_INDEX_BITS>>,
    pub qp_context_next: Signal<Out, RequesterContext>,
    pub step_next: Signal<Out, RequesterStep>,
    pub count_event_next: Signal<Out, Bit>,
    pub count_which_next: Signal<Out, Bits<COUNTER_INDEX_BITS>>,
    /// The work request is taken (admitted or refused).
    pub wr_accept: Signal<Out, Bit>,
    /// No room for the work request until an acknowledgement frees some.
    pub admit_block: Signal<Out, Bit>,
    /// An admitted work request's message record, written to the QP's tail slot.
    pub message_write: Signal<Out, Bit>,
    pub message_record: Signal<Out, MessageRecord>,
    /// The copier: start the admitted request's copy (its words and packets; `copy_empty`: no
    /// payload to copy), discard a refused request's payload, or forget the copy published.
    pub copy_start: Signal<Out, Bit>,
    pub copy_empty: Signal<Out, Bit>,
    pub wr_words: Signal<Out, Bits<16>>,
    pub wr_packets: Signal<Out, Bits<PSN_BITS>>,
    pub copy_discard: Signal<Out, Bit>,
    pub copy_published: Signal<Out, Bit>,
    pub complete: Signal<Out, Bit>,
    pub complete_tag: Signal<Out, Bits<8>>,
    pub complete_status: Signal<Out, Bits<3>>,
    /// The packet for the mover: its fields, first ring word (free-running) and payload words.
    pub packet_load: Signal<Out, Bit>,
    pub packet_fields: Signal<Out, TxFields>,
    pub packet_word: Signal<Out, Bits<16>>,
    pub packet_words: Signal<Out, Bits<10>>,

    /// Opcode by {kind, first, last}.
    opcodes: ROM<Bits<8>, 4>,
    message: DFF<MessageRecord>,
    /// The work request's words and whether it is too long for the ring, from a flip-flop
    /// (timing: the admission decision, `wr_accept`, reaches back through the arbiter to the
    /// connectors). The request waits unchanged from the engine's pick to Admit, two cycles on.
    request_words: DFF<Bits<16>>,
    request_too_long: DFF<Bit>,
    /// The work request's packets at the QP's MTU, taken while the context loads (timing: the
    /// length's shift and adders fed the message record's last PSN in Admit).
    request_packets: DFF<Bits<PSN_BITS>>,
    loading_mtu_log2: Signal<Local, Bits<8>>,
    packet_index: DFF<Bits<8>>,
    packet_first: DFF<Bit>,
    packet_last: DFF<Bit>,
    opcode_address: Signal<Local, Bits<4>>,
    /// The QP's path MTU is 2^mtu_log2 bytes (256 << mtu_shift).
    mtu_log2: Signal<Local, Bits<8>>,
    mtu_bytes: Signal<Local, Bits<16>>,
    wr_packets_16: Signal<Local, Bits<16>>,
    ring_used: Signal<Local, Bits<16>>,
    /// No free message slot or too few free ring words for the work request.
    no_room: DFF<Bit>,
    /// A packet in the mover, sent again, whose ring words an acknowledgement of its first copy
    /// has freed: the work request would overwrite them before they are read. Taken a cycle
    /// early, the mover's view is a cycle old: it only holds more words then (it reads on, and
    /// it loads packets only from this engine's SendCommit).
    mover_holds_room: DFF<Bit>,
    message_is_read: Signal<Local, Bit>,
    packet_offset: Signal<Local, Bits<16>>,
    remaining_length: Signal<Local, Bits<16>>,
    send_psn_low: Signal<Local, Bits<3>>,

    /// Message slots and ring words per QP.
    slots: Constant<Bits<8>>,
    ring_words: Constant<Bits<16>>,
    blank_packet: Constant<TxFields>,
    one_psn: Constant<Bits<PSN_BITS>>,
    one_slot: Constant<Bits<8>>,
    one_byte: Constant<Bits<16>>,
    word_round_up: Constant<Bits<16>>,
    no_bytes: Constant<Bits<16>>,
    no_words: Constant<Bits<10>>,
    no_payload: Constant<Bits<13>>,
    first_bit: Constant<Bits<4>>,
    last_bit: Constant<Bits<4>>,
    mtu_base_shift: Constant<Bits<8>>,
    ack_req_psn: Constant<Bits<3>>,
    kind_read: Constant<Bits<2>>,
    status_length: Constant<Bits<3>>,
    status_flushed: Constant<Bits<3>>,
    event_refused: Constant<Bits<COUNTER_INDEX_BITS>>,
    event_sent: Constant<Bits<COUNTER_INDEX_BITS>>,
    event_resent: Constant<Bits<COUNTER_INDEX_BITS>>,
}

fn opcode_rom() -> ROM<Bits<8>, 4> {
    let mut table = std::collections::BTreeMap::new();
    for kind in WrKind::ALL {
        for first in [false, true] {
            for last in [false, true] {
                let address = (kind.code() as u64) << 2 | (first as u64) << 1 | last as u64;
                table.insert(address.to_bits(), (rc::request_opcode(kind, first, last) as u64).to_bits());
            }
        }
    }
    ROM::new(table)
}

impl<const QP_BITS: usize, const MESSAGE_ADDRESS_BITS: usize, const RING_ADDRESS_BITS: usize> Default
    for WrSender<QP_BITS, MESSAGE_ADDRESS_BITS, RING_ADDRESS_BITS>
{
    fn default() -> Self {
        let event = |e: RequesterEvent| constant(e.code() as u64);
        let status = |s: CompletionStatus| constant(s.code() as u64);
        Self {
            clock: Default::default(),
            step: Default::default(),
            active: Default::default(),
            qp: Default::default(),
            qp_context: Default::default(),
            loading_slot_head: Default::default(),
            loading_slot_tail: Default::default(),
            loading_ring_write: Default::default(),
            loading_ring_release: Default::default(),
            loading_mtu_shift: Default::default(),
            send_message: Default::default(),
            now: Default::default(),
            wr_length: Default::default(),
            wr_kind: Default::default(),
            wr_va: Default::default(),
            wr_rkey: Default::default(),
            wr_tag: Default::default(),
            copy_failed: Default::default(),
            copy_tag: Default::default(),
            copy_words: Default::default(),
            copy_packets: Default::default(),
            completion_free: Default::default(),
            streaming_hold: Default::default(),
            streaming_qp: Default::default(),
            streaming_word: Default::default(),
            queued_hold: Default::default(),
            queued_qp: Default::default(),
            queued_word: Default::default(),
            count_event: Default::default(),
            count_which: Default::default(),
            qp_context_next: Default::default(),
            step_next: Default::default(),
            count_event_next: Default::default(),
            count_which_next: Default::default(),
            wr_accept: Default::default(),
            admit_block: Default::default(),
            message_write: Default::default(),
            message_record: Default::default(),
            copy_start: Default::default(),
            copy_empty: Default::default(),
            wr_words: Default::default(),
            wr_packets: Default::default(),
            copy_discard: Default::default(),
            copy_published: Default::default(),
            complete: Default::default(),
            complete_tag: Default::default(),
            complete_status: Default::default(),
            packet_load: Default::default(),
            packet_fields: Default::default(),
            packet_word: Default::default(),
            packet_words: Default::default(),
            opcodes: opcode_rom(),
            message: Default::default(),
            request_words: Default::default(),
            request_too_long: Default::default(),
            request_packets: Default::default(),
            loading_mtu_log2: Default::default(),
            packet_index: Default::default(),
            packet_first: Default::default(),
            packet_last: Default::default(),
            opcode_address: Default::default(),
            mtu_log2: Default::default(),
            mtu_bytes: Default::default(),
            wr_packets_16: Default::default(),
            ring_used: Default::default(),
            no_room: Default::default(),
            mover_holds_room: Default::default(),
            message_is_read: Default::default(),
            packet_offset: Default::default(),
            remaining_length: Default::default(),
            send_psn_low: Default::default(),
            slots: constant(1 << (MESSAGE_ADDRESS_BITS - QP_BITS)),
            ring_words: constant(1 << (RING_ADDRESS_BITS - QP_BITS)),
            blank_packet: Constant::new(TxFields::default()),
            one_psn: constant(1),
            one_slot: constant(1),
            one_byte: constant(1),
            word_round_up: constant(7),
            no_bytes: constant(0),
            no_words: constant(0),
            no_payload: constant(0),
            first_bit: constant(2),
            last_bit: constant(1),
            mtu_base_shift: constant(8),
            ack_req_psn: constant(rc::ACK_REQ_PSN_MASK as u64),
            kind_read: constant(WrKind::Read.code() as u64),
            status_length: status(CompletionStatus::LocalLength),
            status_flushed: status(CompletionStatus::Flushed),
            event_refused: event(RequesterEvent::WrRefused),
            event_sent: event(RequesterEvent::PacketSent),
            event_resent: event(RequesterEvent::PacketResent),
        }
    }
}

impl<const QP_BITS: usize, const MESSAGE_ADDRESS_BITS: usize, const RING_ADDRESS_BITS: usize> Logic
    for WrSender<QP_BITS, MESSAGE_ADDRESS_BITS, RING_ADDRESS_BITS>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, message, packet_index, packet_first, packet_last, request_words, request_too_long, request_packets, no_room, mover_holds_room);
        self.active.next = (self.step.val() == RequesterStep::Publish)
            | (self.step.val() == RequesterStep::Admit)
            | (self.step.val() == RequesterStep::LoadMessage)
            | (self.step.val() == RequesterStep::SendCompute)
            | (self.step.val() == RequesterStep::SendCommit);
        self.qp_context_next.next = self.qp_context.val();
        self.step_next.next = self.step.val();
        self.count_event_next.next = self.count_event.val();
        self.count_which_next.next = self.count_which.val();
        self.wr_accept.next = false;
        self.admit_block.next = false;
        self.message_write.next = false;
        self.copy_start.next = false;
        self.copy_discard.next = false;
        self.copy_published.next = false;
        self.complete.next = false;
        self.complete_tag.next = self.wr_tag.val();
        self.complete_status.next = self.status_length.val();
        self.packet_load.next = false;

        // A work request: its words, and its packets at the QP's MTU.
        self.mtu_log2.next = bit_cast::<8, 3>(self.qp_context.val().mtu_shift) + self.mtu_base_shift.val();
        self.mtu_bytes.next = self.one_byte.val() << self.mtu_log2.val();
        self.request_words.d.next = (self.wr_length.val() + self.word_round_up.val()) >> 3;
        if self.wr_kind.val() == self.kind_read.val() {
            // A READ keeps nothing in the ring.
            self.request_words.d.next = self.no_bytes.val();
        }
        self.request_too_long.d.next = (self.wr_length.val() > (self.ring_words.val() << 3)) & (self.wr_kind.val() != self.kind_read.val());
        self.wr_words.next = self.request_words.q.val();
        self.loading_mtu_log2.next = bit_cast::<8, 3>(self.loading_mtu_shift.val()) + self.mtu_base_shift.val();
        self.request_packets.d.next = self.one_psn.val();
        self.wr_packets_16.next = self.one_byte.val();
        if self.wr_length.val() != self.no_bytes.val() {
            self.wr_packets_16.next = ((self.wr_length.val() - self.one_byte.val()) >> self.loading_mtu_log2.val()) + self.one_byte.val();
            self.request_packets.d.next = bit_cast::<PSN_BITS, 16>(self.wr_packets_16.val());
        }
        self.wr_packets.next = self.request_packets.q.val();
        self.copy_empty.next = (self.wr_length.val() == self.no_bytes.val()) | (self.wr_kind.val() == self.kind_read.val());
        self.ring_used.next = self.loading_ring_write.val() - self.loading_ring_release.val();
        self.no_room.d.next = ((self.loading_slot_tail.val() - self.loading_slot_head.val()) == self.slots.val())
            | ((self.ring_words.val() - self.ring_used.val()) < self.request_words.q.val());
        self.mover_holds_room.d.next = (self.streaming_hold.val()
            & (self.streaming_qp.val() == self.qp.val())
            & ((self.ring_words.val() - (self.loading_ring_write.val() - self.streaming_word.val())) < self.request_words.q.val()))
            | (self.queued_hold.val()
                & (self.queued_qp.val() == self.qp.val())
                & ((self.ring_words.val() - (self.loading_ring_write.val() - self.queued_word.val())) < self.request_words.q.val()));
        self.message_record.next = self.message.q.val();
        self.message_record.next.first_psn = self.qp_context.val().published_psn;
        self.message_record.next.last_psn = self.qp_context.val().published_psn + self.wr_packets.val() - self.one_psn.val();
        self.message_record.next.length = self.wr_length.val();
        self.message_record.next.va = self.wr_va.val();
        self.message_record.next.rkey = self.wr_rkey.val();
        self.message_record.next.kind = self.wr_kind.val();
        self.message_record.next.tag = self.wr_tag.val();
        self.message_record.next.ring_start = self.qp_context.val().ring_write;

        // The next packet: the rest of the message from this packet on (a READ asked again from a
        // later PSN asks for the rest; a WRITE's First is at offset 0).
        self.opcode_address.next = bit_cast::<4, 2>(self.message.q.val().kind) << 2;
        if self.packet_first.q.val() {
            self.opcode_address.next = self.opcode_address.val() | self.first_bit.val();
        }
        if self.packet_last.q.val() {
            self.opcode_address.next = self.opcode_address.val() | self.last_bit.val();
        }
        self.opcodes.address.next = self.opcode_address.val();
        self.message_is_read.next = self.message.q.val().kind == self.kind_read.val();
        self.packet_offset.next = bit_cast::<16, 8>(self.packet_index.q.val()) << self.mtu_log2.val();
        self.remaining_length.next = self.message.q.val().length - self.packet_offset.val();
        // (Cast, not sliced: yosys takes no select of a struct register's field.)
        self.send_psn_low.next = bit_cast::<3, PSN_BITS>(self.qp_context.val().send_psn);
        self.packet_fields.next = self.blank_packet.val();
        self.packet_fields.next.qp = bit_cast::<8, QP_BITS>(self.qp.val());
        self.packet_fields.next.opcode = self.opcodes.data.val();
        self.packet_fields.next.psn = self.qp_context.val().send_psn;
        self.packet_fields.next.ack_req = self.packet_last.q.val() | (self.send_psn_low.val() == self.ack_req_psn.val());
        self.packet_fields.next.reth_va = self.message.q.val().va + bit_cast::<64, 16>(self.packet_offset.val());
        self.packet_fields.next.reth_rkey = self.message.q.val().rkey;
        self.packet_fields.next.reth_length = bit_cast::<32, 16>(self.remaining_length.val());
        self.packet_fields.next.ieth_rkey = self.message.q.val().rkey;
        self.packet_fields.next.payload_length = bit_cast::<13, 16>(self.mtu_bytes.val());
        // Packet k's words start k MTUs into the message's ring space (an MTU is whole words).
        self.packet_word.next = self.message.q.val().ring_start + (self.packet_offset.val() >> 3);
        self.packet_words.next = bit_cast::<10, 16>(self.mtu_bytes.val() >> 3);
        if self.packet_last.q.val() {
            self.packet_fields.next.payload_length = bit_cast::<13, 16>(self.remaining_length.val());
            self.packet_words.next = bit_cast::<10, 16>((self.remaining_length.val() + self.word_round_up.val()) >> 3);
        }
        if self.message_is_read.val() {
            // One READ Request; its responses take the rest of the message's PSNs.
            self.packet_fields.next.ack_req = false;
            self.packet_fields.next.payload_length = self.no_payload.val();
            self.packet_words.next = self.no_words.val();
        }

        match self.step.val() {
            RequesterStep::Publish => {
                if !self.copy_failed.val() & !self.qp_context.val().error & self.qp_context.val().enabled {
                    self.qp_context_next.next.slot_tail = self.qp_context.val().slot_tail + self.one_slot.val();
                    self.qp_context_next.next.published_psn = self.qp_context.val().published_psn + self.copy_packets.val();
                    self.qp_context_next.next.ring_write = self.qp_context.val().ring_write + self.copy_words.val();
                    self.copy_published.next = true;
                    self.step_next.next = RequesterStep::Commit;
                } else if self.completion_free.val() {
                    self.complete.next = true;
                    self.complete_tag.next = self.copy_tag.val();
                    if !self.copy_failed.val() {
                        self.complete_status.next = self.status_flushed.val();
                    }
                    self.count_event_next.next = true;
                    self.count_which_next.next = self.event_refused.val();
                    self.copy_published.next = true;
                    self.step_next.next = RequesterStep::Commit;
                }
            }
            RequesterStep::Admit => {
                if !self.qp_context.val().enabled
                    | self.qp_context.val().error
                    | self.request_too_long.q.val()
                {
                    // Refused: complete at once; discard the payload.
                    if self.completion_free.val() {
                        self.complete.next = true;
                        if !self.qp_context.val().enabled | self.qp_context.val().error {
                            self.complete_status.next = self.status_flushed.val();
                        }
                        self.wr_accept.next = true;
                        self.count_event_next.next = true;
                        self.count_which_next.next = self.event_refused.val();
                        if (self.wr_length.val() != self.no_bytes.val()) & (self.wr_kind.val() != self.kind_read.val()) {
                            self.copy_discard.next = true;
                        }
                        self.step_next.next = RequesterStep::Commit;
                    }
                } else if self.no_room.q.val() {
                    // No room until an acknowledgement frees some.
                    self.admit_block.next = true;
                    self.step_next.next = RequesterStep::Idle;
                } else if self.mover_holds_room.q.val() {
                    // Room once the mover has read its words (a packet's time at most): ask again.
                    self.step_next.next = RequesterStep::Idle;
                } else {
                    self.wr_accept.next = true;
                    self.message_write.next = true;
                    self.copy_start.next = true;
                    self.step_next.next = RequesterStep::Idle;
                }
            }
            RequesterStep::LoadMessage => {
                self.message.d.next = self.send_message.val();
                self.step_next.next = RequesterStep::SendCompute;
            }
            RequesterStep::SendCompute => {
                self.packet_index.d.next = bit_cast::<8, PSN_BITS>(self.qp_context.val().send_psn - self.message.q.val().first_psn);
                self.packet_first.d.next = self.qp_context.val().send_psn == self.message.q.val().first_psn;
                self.packet_last.d.next = self.qp_context.val().send_psn == self.message.q.val().last_psn;
                self.step_next.next = RequesterStep::SendCommit;
            }
            RequesterStep::SendCommit => {
                self.packet_load.next = true;
                if self.packet_last.q.val() | self.message_is_read.val() {
                    self.qp_context_next.next.slot_send = self.qp_context.val().slot_send + self.one_slot.val();
                }
                self.qp_context_next.next.send_psn = self.qp_context.val().send_psn + self.one_psn.val();
                self.count_event_next.next = true;
                self.count_which_next.next = self.event_resent.val();
                if self.qp_context.val().send_psn == self.qp_context.val().sent_limit {
                    self.qp_context_next.next.sent_limit = self.qp_context.val().sent_limit + self.one_psn.val();
                    self.count_which_next.next = self.event_sent.val();
                }
                if self.message_is_read.val() {
                    self.qp_context_next.next.send_psn = self.message.q.val().last_psn + self.one_psn.val();
                    if self.qp_context.val().send_psn == self.qp_context.val().sent_limit {
                        self.qp_context_next.next.sent_limit = self.message.q.val().last_psn + self.one_psn.val();
                    }
                }
                if self.qp_context.val().unacked_psn == self.qp_context.val().sent_limit {
                    // Nothing was in flight: the timer starts now.
                    self.qp_context_next.next.timer_start = self.now.val();
                }
                self.step_next.next = RequesterStep::Commit;
            }
            _ => {}
        }
    }
}
