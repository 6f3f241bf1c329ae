//! RC requester: sends the NIC's work requests (RDMA WRITE, SEND, SEND with Invalidate, RDMA
//! READ) to a host as packets at the QP's path MTU, keeps every unacknowledged byte in a per-QP
//! replay ring, delivers READ data in order, and recovers from loss by go-back-N on a NAK or a
//! timeout.
//!
//! Contract (docs/rc-transport.md):
//! - `cfg_*` (valid/ready) sets a QP up (first PSN, path MTU 256 << `cfg_mtu_shift`, timeout in
//!   ticks of `timer_prescale` + 1 cycles, retry limit) or, with `cfg_enable` low, switches it off;
//!   either way whatever the QP held is forgotten.
//! - `wr_*` (valid/ready): one work request (QP, kind [`WrKind`], length, remote VA and R_Key — the
//!   R_Key to invalidate for SEND with Invalidate — and a tag echoed in its completion), then, when
//!   the length is not 0, its payload on `s_axis_wr_*` as one packet of ceil(length / 8) beats.
//!   A message may be as long as the replay ring (2^(`RING_ADDRESS_BITS` − `QP_BITS`) words);
//!   longer data is sent as several. A READ has no payload stream and keeps nothing in the ring.
//! - `resp_*` also takes READ Responses (payload on `s_axis_resp_*`); READ data leaves in order
//!   per QP on `m_axis_read_*` (docs/rc-transport.md, "READ").
//! - `tx_*` (valid/ready) + `m_axis_tx_*`: packets for the builder — BTH fields, RETH on First /
//!   Only WRITE packets, IETH on the Last / Only packet of a SEND with Invalidate, AckReq on a
//!   message's last packet and every eighth PSN — and their payload words (the last word padded
//!   with whatever the ring holds: the builder sends `tx_payload_length` bytes).
//! - `resp_*` (valid/ready): ACKs and NAKs from the host (the AETH's syndrome and PSN). An ACK for
//!   PSN p acknowledges every packet up to p; a NAK "PSN sequence error" for p everything before p,
//!   and sends again from p; an RNR NAK the same after one timeout; any other NAK puts the QP in
//!   error. An ACK or NAK for a PSN not in flight is ignored (counted as stale).
//! - `cpl_*` (valid/ready): one completion per work request, with its tag and
//!   [`CompletionStatus`]; per QP in order, except that a refused request (length, QP in error)
//!   completes at once.
//! - A timeout sends again from the oldest unacknowledged packet; after `retry_limit` retries
//!   without progress the QP is in error: its messages complete `RetryExceeded` / `Flushed`, new
//!   work requests complete `Flushed`, and `qp_error` shows it until the QP is set up again.
//! - Every event of [`RequesterEvent`] is counted.
//!
//! Structure: one engine handles one event at a time — QP setup, a finished payload copy, an
//! ACK/NAK, admitting a work request, sending a packet, or a QP's timer. It chooses the event,
//! loads the QP's context from block RAM and writes it back; between the two, the sending side
//! ([`WrSender`]) or the acknowledgement side ([`AckTracker`]) decides what the event does. A
//! copier ([`ReplayCopier`]) writes payloads into the replay ring while the engine works; a mover
//! ([`ReplayMover`]) streams a packet's words out of the ring to the builder, one per cycle.

use super::ack_tracker::AckTracker;
use super::completion_slot::CompletionSlot;
use super::rc::{RequesterEvent, PSN_BITS};
use super::read_data_pass::ReadDataPass;
use super::replay_copier::ReplayCopier;
use super::replay_mover::ReplayMover;
use super::requester_context::{MessageRecord, RequesterContext, RequesterStep, RequesterTask};
use super::wr_sender::WrSender;
use crate::constant::constant;
use crate::counters::{CounterBank, COUNTER_INDEX_BITS};
use rust_hdl::prelude::*;

pub const REQUESTER_COUNTER_BITS: usize = 32;

#[derive(LogicBlock)]
pub struct RcRequester<const QP_BITS: usize, const QPS: usize, const MESSAGE_ADDRESS_BITS: usize, const RING_ADDRESS_BITS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Timer ticks come every `timer_prescale` + 1 cycles.
    pub timer_prescale: Signal<In, Bits<16>>,
    pub cfg_valid: Signal<In, Bit>,
    pub cfg_ready: Signal<Out, Bit>,
    pub cfg_qp: Signal<In, Bits<QP_BITS>>,
    pub cfg_enable: Signal<In, Bit>,
    pub cfg_first_psn: Signal<In, Bits<PSN_BITS>>,
    pub cfg_mtu_shift: Signal<In, Bits<3>>,
    pub cfg_timeout: Signal<In, Bits<16>>,
    pub cfg_retry_limit: Signal<In, Bits<4>>,
    pub wr_valid: Signal<In, Bit>,
    pub wr_ready: Signal<Out, Bit>,
    pub wr_qp: Signal<In, Bits<QP_BITS>>,
    pub wr_kind: Signal<In, Bits<2>>,
    pub wr_length: Signal<In, Bits<16>>,
    pub wr_va: Signal<In, Bits<64>>,
    pub wr_rkey: Signal<In, Bits<32>>,
    pub wr_tag: Signal<In, Bits<8>>,
    pub s_axis_wr_tdata: Signal<In, Bits<64>>,
    pub s_axis_wr_tlast: Signal<In, Bit>,
    pub s_axis_wr_tvalid: Signal<In, Bit>,
    pub s_axis_wr_tready: Signal<Out, Bit>,
    pub tx_valid: Signal<Out, Bit>,
    pub tx_ready: Signal<In, Bit>,
    pub tx_qp: Signal<Out, Bits<QP_BITS>>,
    pub tx_opcode: Signal<Out, Bits<8>>,
    pub tx_psn: Signal<Out, Bits<PSN_BITS>>,
    pub tx_ack_req: Signal<Out, Bit>,
    pub tx_reth_va: Signal<Out, Bits<64>>,
    pub tx_reth_rkey: Signal<Out, Bits<32>>,
    pub tx_reth_length: Signal<Out, Bits<32>>,
    pub tx_ieth_rkey: Signal<Out, Bits<32>>,
    pub tx_payload_length: Signal<Out, Bits<13>>,
    pub m_axis_tx_tdata: Signal<Out, Bits<64>>,
    pub m_axis_tx_tlast: Signal<Out, Bit>,
    pub m_axis_tx_tvalid: Signal<Out, Bit>,
    pub m_axis_tx_tready: Signal<In, Bit>,
    pub resp_valid: Signal<In, Bit>,
    pub resp_ready: Signal<Out, Bit>,
    pub resp_qp: Signal<In, Bits<QP_BITS>>,
    pub resp_syndrome: Signal<In, Bits<8>>,
    pub resp_psn: Signal<In, Bits<PSN_BITS>>,
    /// ACK (0x11) or READ Response (0x0D–0x10); a READ Response's payload follows on
    /// `s_axis_resp_*` (one packet, `resp_payload_length` bytes) when that is not 0.
    pub resp_opcode: Signal<In, Bits<8>>,
    pub resp_payload_length: Signal<In, Bits<13>>,
    pub s_axis_resp_tdata: Signal<In, Bits<64>>,
    pub s_axis_resp_tlast: Signal<In, Bit>,
    pub s_axis_resp_tvalid: Signal<In, Bit>,
    pub s_axis_resp_tready: Signal<Out, Bit>,
    /// READ data, in order per QP, one packet per READ Response (`tlast` at its end) with its QP,
    /// tag, byte count and whether it ends its READ; READs of different QPs interleave at these
    /// packet boundaries.
    pub m_axis_read_tdata: Signal<Out, Bits<64>>,
    pub m_axis_read_tlast: Signal<Out, Bit>,
    pub m_axis_read_tvalid: Signal<Out, Bit>,
    pub m_axis_read_tready: Signal<In, Bit>,
    pub read_qp: Signal<Out, Bits<QP_BITS>>,
    pub read_tag: Signal<Out, Bits<8>>,
    pub read_length: Signal<Out, Bits<13>>,
    pub read_last: Signal<Out, Bit>,
    pub cpl_valid: Signal<Out, Bit>,
    pub cpl_ready: Signal<In, Bit>,
    pub cpl_qp: Signal<Out, Bits<QP_BITS>>,
    pub cpl_tag: Signal<Out, Bits<8>>,
    pub cpl_status: Signal<Out, Bits<3>>,
    pub qp_error: Signal<Out, Bits<QPS>>,
    pub counter_read_index: Signal<In, Bits<COUNTER_INDEX_BITS>>,
    pub counter_read_value: Signal<Out, Bits<REQUESTER_COUNTER_BITS>>,
    pub counters_ready: Signal<Out, Bit>,
    contexts: RAM<RequesterContext, QP_BITS>,
    messages: RAM<MessageRecord, MESSAGE_ADDRESS_BITS>,
    ring: RAM<Bits<64>, RING_ADDRESS_BITS>,
    counters: CounterBank<REQUESTER_COUNTER_BITS>,
    copier: ReplayCopier<QP_BITS, RING_ADDRESS_BITS>,
    mover: ReplayMover<QP_BITS, RING_ADDRESS_BITS>,
    read_pass: ReadDataPass<QP_BITS>,
    completions: CompletionSlot<QP_BITS>,
    sender: WrSender<QP_BITS, MESSAGE_ADDRESS_BITS, RING_ADDRESS_BITS>,
    acks: AckTracker,
    // Engine.
    step: DFF<RequesterStep>,
    engine_task: DFF<RequesterTask>,
    qp: DFF<Bits<QP_BITS>>,
    qp_state: DFF<RequesterContext>,
    pending: DFF<Bits<QPS>>,
    errors: DFF<Bits<QPS>>,
    send_scan: DFF<Bits<QP_BITS>>,
    timer_scan: DFF<Bits<QP_BITS>>,
    clear_qp: DFF<Bits<QP_BITS>>,
    admit_blocked: DFF<Bit>,
    count_event: DFF<Bit>,
    count_which: DFF<Bits<COUNTER_INDEX_BITS>>,
    // Time.
    prescale: DFF<Bits<16>>,
    now: DFF<Bits<16>>,
    // Combinational helpers.
    qp_slots: Signal<Local, Bits<MESSAGE_ADDRESS_BITS>>,
    head_slot: Signal<Local, Bits<MESSAGE_ADDRESS_BITS>>,
    tail_slot: Signal<Local, Bits<MESSAGE_ADDRESS_BITS>>,
    send_slot: Signal<Local, Bits<MESSAGE_ADDRESS_BITS>>,
    // Constants.
    slot_shift: Constant<Bits<8>>,
    slot_mask: Constant<Bits<8>>,
    empty_context: Constant<RequesterContext>,
    one_tick: Constant<Bits<16>>,
    no_ticks: Constant<Bits<16>>,
    first_qp: Constant<Bits<QP_BITS>>,
    one_qp: Constant<Bits<QP_BITS>>,
    last_qp: Constant<Bits<QP_BITS>>,
    qp_0_bit: Constant<Bits<QPS>>,
    no_qps: Constant<Bits<QPS>>,
    event_completed: Constant<Bits<COUNTER_INDEX_BITS>>,
}

impl<const QP_BITS: usize, const QPS: usize, const MESSAGE_ADDRESS_BITS: usize, const RING_ADDRESS_BITS: usize>
    RcRequester<QP_BITS, QPS, MESSAGE_ADDRESS_BITS, RING_ADDRESS_BITS>
{
    /// Message slots per QP: 2^(MESSAGE_ADDRESS_BITS − QP_BITS); replay ring words per QP:
    /// 2^(RING_ADDRESS_BITS − QP_BITS).
    pub fn slot_bits() -> usize {
        MESSAGE_ADDRESS_BITS - QP_BITS
    }

    pub fn ring_bits() -> usize {
        RING_ADDRESS_BITS - QP_BITS
    }
}

impl<const QP_BITS: usize, const QPS: usize, const MESSAGE_ADDRESS_BITS: usize, const RING_ADDRESS_BITS: usize> Default
    for RcRequester<QP_BITS, QPS, MESSAGE_ADDRESS_BITS, RING_ADDRESS_BITS>
{
    fn default() -> Self {
        assert_eq!(QPS, 1 << QP_BITS, "QPS must be 2^QP_BITS");
        let slot_bits = Self::slot_bits();
        let ring_bits = Self::ring_bits();
        assert!((1..=7).contains(&slot_bits), "1 to 7 slot bits");
        assert!((5..=12).contains(&ring_bits), "the ring holds a 256-byte packet, and its bytes fit 16 bits");
        assert!(QP_BITS <= 8);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            timer_prescale: Default::default(),
            cfg_valid: Default::default(),
            cfg_ready: Default::default(),
            cfg_qp: Default::default(),
            cfg_enable: Default::default(),
            cfg_first_psn: Default::default(),
            cfg_mtu_shift: Default::default(),
            cfg_timeout: Default::default(),
            cfg_retry_limit: Default::default(),
            wr_valid: Default::default(),
            wr_ready: Default::default(),
            wr_qp: Default::default(),
            wr_kind: Default::default(),
            wr_length: Default::default(),
            wr_va: Default::default(),
            wr_rkey: Default::default(),
            wr_tag: Default::default(),
            s_axis_wr_tdata: Default::default(),
            s_axis_wr_tlast: Default::default(),
            s_axis_wr_tvalid: Default::default(),
            s_axis_wr_tready: Default::default(),
            tx_valid: Default::default(),
            tx_ready: Default::default(),
            tx_qp: Default::default(),
            tx_opcode: Default::default(),
            tx_psn: Default::default(),
            tx_ack_req: Default::default(),
            tx_reth_va: Default::default(),
            tx_reth_rkey: Default::default(),
            tx_reth_length: Default::default(),
            tx_ieth_rkey: Default::default(),
            tx_payload_length: Default::default(),
            m_axis_tx_tdata: Default::default(),
            m_axis_tx_tlast: Default::default(),
            m_axis_tx_tvalid: Default::default(),
            m_axis_tx_tready: Default::default(),
            resp_valid: Default::default(),
            resp_ready: Default::default(),
            resp_qp: Default::default(),
            resp_syndrome: Default::default(),
            resp_psn: Default::default(),
            resp_opcode: Default::default(),
            resp_payload_length: Default::default(),
            s_axis_resp_tdata: Default::default(),
            s_axis_resp_tlast: Default::default(),
            s_axis_resp_tvalid: Default::default(),
            s_axis_resp_tready: Default::default(),
            m_axis_read_tdata: Default::default(),
            m_axis_read_tlast: Default::default(),
            m_axis_read_tvalid: Default::default(),
            m_axis_read_tready: Default::default(),
            read_qp: Default::default(),
            read_tag: Default::default(),
            read_length: Default::default(),
            read_last: Default::default(),
            cpl_valid: Default::default(),
            cpl_ready: Default::default(),
            cpl_qp: Default::default(),
            cpl_tag: Default::default(),
            cpl_status: Default::default(),
            qp_error: Default::default(),
            counter_read_index: Default::default(),
            counter_read_value: Default::default(),
            counters_ready: Default::default(),
            contexts: Default::default(),
            messages: Default::default(),
            ring: Default::default(),
            counters: Default::default(),
            copier: Default::default(),
            mover: Default::default(),
            read_pass: Default::default(),
            completions: Default::default(),
            sender: Default::default(),
            acks: Default::default(),
            step: Default::default(),
            engine_task: Default::default(),
            qp: Default::default(),
            qp_state: Default::default(),
            pending: Default::default(),
            errors: Default::default(),
            send_scan: Default::default(),
            timer_scan: Default::default(),
            clear_qp: Default::default(),
            admit_blocked: Default::default(),
            count_event: Default::default(),
            count_which: Default::default(),
            prescale: Default::default(),
            now: Default::default(),
            qp_slots: Default::default(),
            head_slot: Default::default(),
            tail_slot: Default::default(),
            send_slot: Default::default(),
            slot_shift: constant(slot_bits as u64),
            slot_mask: constant((1 << slot_bits) - 1),
            empty_context: Constant::new(RequesterContext::default()),
            one_tick: constant(1),
            no_ticks: constant(0),
            first_qp: constant(0),
            one_qp: constant(1),
            last_qp: constant((1u64 << QP_BITS) - 1),
            qp_0_bit: constant(1),
            no_qps: constant(0),
            event_completed: constant(RequesterEvent::MessageCompleted.code() as u64),
        }
    }
}

impl<const QP_BITS: usize, const QPS: usize, const MESSAGE_ADDRESS_BITS: usize, const RING_ADDRESS_BITS: usize> Logic
    for RcRequester<QP_BITS, QPS, MESSAGE_ADDRESS_BITS, RING_ADDRESS_BITS>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, step, engine_task, qp, qp_state, pending, errors, send_scan, timer_scan, clear_qp, admit_blocked, count_event,
            count_which, prescale, now
        );
        clock!(self, clock, counters, copier, mover, read_pass, completions, sender, acks);
        self.contexts.read_clock.next = self.clock.val();
        self.contexts.write_clock.next = self.clock.val();
        self.messages.read_clock.next = self.clock.val();
        self.messages.write_clock.next = self.clock.val();
        self.ring.read_clock.next = self.clock.val();
        self.ring.write_clock.next = self.clock.val();
        self.counters.reset.next = self.reset.val();
        self.counters.read_index.next = self.counter_read_index.val();
        self.counter_read_value.next = self.counters.read_value.val();
        self.counters_ready.next = self.counters.ready.val();
        self.counters.count.next = false;
        self.counters.count_index.next = self.count_which.q.val();
        self.qp_error.next = self.errors.q.val();

        // Time: a tick every `timer_prescale` + 1 cycles.
        self.prescale.d.next = self.prescale.q.val() + self.one_tick.val();
        if self.prescale.q.val() == self.timer_prescale.val() {
            self.prescale.d.next = self.no_ticks.val();
            self.now.d.next = self.now.q.val() + self.one_tick.val();
        }

        // The parts beside the engine.
        self.copier.reset.next = self.reset.val();
        self.copier.s_axis_wr_tdata.next = self.s_axis_wr_tdata.val();
        self.copier.s_axis_wr_tlast.next = self.s_axis_wr_tlast.val();
        self.copier.s_axis_wr_tvalid.next = self.s_axis_wr_tvalid.val();
        self.s_axis_wr_tready.next = self.copier.s_axis_wr_tready.val();
        self.ring.write_enable.next = self.copier.ring_write_enable.val();
        self.ring.write_address.next = self.copier.ring_write_address.val();
        self.ring.write_data.next = self.copier.ring_write_data.val();
        self.mover.reset.next = self.reset.val();
        self.ring.read_address.next = self.mover.ring_read_address.val();
        self.mover.ring_read_data.next = self.ring.read_data.val();
        self.tx_valid.next = self.mover.tx_valid.val();
        self.mover.tx_ready.next = self.tx_ready.val();
        self.tx_qp.next = self.mover.tx_qp.val();
        self.tx_opcode.next = self.mover.tx_opcode.val();
        self.tx_psn.next = self.mover.tx_psn.val();
        self.tx_ack_req.next = self.mover.tx_ack_req.val();
        self.tx_reth_va.next = self.mover.tx_reth_va.val();
        self.tx_reth_rkey.next = self.mover.tx_reth_rkey.val();
        self.tx_reth_length.next = self.mover.tx_reth_length.val();
        self.tx_ieth_rkey.next = self.mover.tx_ieth_rkey.val();
        self.tx_payload_length.next = self.mover.tx_payload_length.val();
        self.m_axis_tx_tdata.next = self.mover.m_axis_tx_tdata.val();
        self.m_axis_tx_tlast.next = self.mover.m_axis_tx_tlast.val();
        self.m_axis_tx_tvalid.next = self.mover.m_axis_tx_tvalid.val();
        self.mover.m_axis_tx_tready.next = self.m_axis_tx_tready.val();
        self.read_pass.reset.next = self.reset.val();
        self.read_pass.s_axis_resp_tdata.next = self.s_axis_resp_tdata.val();
        self.read_pass.s_axis_resp_tlast.next = self.s_axis_resp_tlast.val();
        self.read_pass.s_axis_resp_tvalid.next = self.s_axis_resp_tvalid.val();
        self.s_axis_resp_tready.next = self.read_pass.s_axis_resp_tready.val();
        self.m_axis_read_tdata.next = self.read_pass.m_axis_read_tdata.val();
        self.m_axis_read_tlast.next = self.read_pass.m_axis_read_tlast.val();
        self.m_axis_read_tvalid.next = self.read_pass.m_axis_read_tvalid.val();
        self.read_pass.m_axis_read_tready.next = self.m_axis_read_tready.val();
        self.read_qp.next = self.read_pass.read_qp.val();
        self.read_tag.next = self.read_pass.read_tag.val();
        self.read_length.next = self.read_pass.read_length.val();
        self.read_last.next = self.read_pass.read_last.val();
        self.completions.reset.next = self.reset.val();
        self.cpl_valid.next = self.completions.cpl_valid.val();
        self.completions.cpl_ready.next = self.cpl_ready.val();
        self.cpl_qp.next = self.completions.cpl_qp.val();
        self.cpl_tag.next = self.completions.cpl_tag.val();
        self.cpl_status.next = self.completions.cpl_status.val();

        // Engine defaults.
        self.contexts.read_address.next = self.qp.q.val();
        self.contexts.write_enable.next = false;
        self.contexts.write_address.next = self.qp.q.val();
        self.contexts.write_data.next = self.qp_state.q.val();
        self.qp_slots.next = bit_cast::<MESSAGE_ADDRESS_BITS, QP_BITS>(self.qp.q.val()) << self.slot_shift.val();
        self.head_slot.next = bit_cast::<MESSAGE_ADDRESS_BITS, 8>(self.qp_state.q.val().slot_head & self.slot_mask.val());
        self.tail_slot.next = bit_cast::<MESSAGE_ADDRESS_BITS, 8>(self.qp_state.q.val().slot_tail & self.slot_mask.val());
        self.send_slot.next = bit_cast::<MESSAGE_ADDRESS_BITS, 8>(self.contexts.read_data.val().slot_send & self.slot_mask.val());
        self.messages.read_address.next = self.qp_slots.val() | self.head_slot.val();
        self.messages.write_enable.next = self.sender.message_write.val();
        self.messages.write_address.next = self.qp_slots.val() | self.tail_slot.val();
        self.messages.write_data.next = self.sender.message_record.val();
        self.cfg_ready.next = false;
        self.wr_ready.next = self.sender.wr_accept.val();
        self.resp_ready.next = false;

        // Both sides read the loaded QP; what they decide drives the copier, the mover, the
        // completion slot and the READ data path (the engine picks the side by step, below).
        self.sender.step.next = self.step.q.val();
        self.sender.qp.next = self.qp.q.val();
        self.sender.qp_context.next = self.qp_state.q.val();
        self.sender.loading_slot_head.next = self.contexts.read_data.val().slot_head;
        self.sender.loading_slot_tail.next = self.contexts.read_data.val().slot_tail;
        self.sender.loading_ring_write.next = self.contexts.read_data.val().ring_write;
        self.sender.loading_ring_release.next = self.contexts.read_data.val().ring_release;
        self.sender.loading_mtu_shift.next = self.contexts.read_data.val().mtu_shift;
        self.sender.send_message.next = self.messages.read_data.val();
        self.sender.now.next = self.now.q.val();
        self.sender.wr_length.next = self.wr_length.val();
        self.sender.wr_kind.next = self.wr_kind.val();
        self.sender.wr_va.next = self.wr_va.val();
        self.sender.wr_rkey.next = self.wr_rkey.val();
        self.sender.wr_tag.next = self.wr_tag.val();
        self.sender.copy_failed.next = self.copier.failed.val();
        self.sender.copy_tag.next = self.copier.tag.val();
        self.sender.copy_words.next = self.copier.words.val();
        self.sender.copy_packets.next = self.copier.packets.val();
        self.sender.completion_free.next = self.completions.free.val();
        self.sender.streaming_hold.next = self.mover.streaming_hold.val();
        self.sender.streaming_qp.next = self.mover.streaming_qp.val();
        self.sender.streaming_word.next = self.mover.streaming_word.val();
        self.sender.queued_hold.next = self.mover.queued_hold.val();
        self.sender.queued_qp.next = self.mover.queued_qp.val();
        self.sender.queued_word.next = self.mover.queued_word.val();
        self.sender.count_event.next = self.count_event.q.val();
        self.sender.count_which.next = self.count_which.q.val();
        self.copier.start.next = self.sender.copy_start.val();
        self.copier.start_empty.next = self.sender.copy_empty.val();
        self.copier.start_qp.next = self.qp.q.val();
        self.copier.start_word.next = self.qp_state.q.val().ring_write;
        self.copier.start_words.next = self.sender.wr_words.val();
        self.copier.start_packets.next = self.sender.wr_packets.val();
        self.copier.start_tag.next = self.wr_tag.val();
        self.copier.discard.next = self.sender.copy_discard.val();
        self.copier.published.next = self.sender.copy_published.val();
        self.mover.load.next = self.sender.packet_load.val();
        self.mover.load_fields.next = self.sender.packet_fields.val();
        self.mover.load_qp.next = self.qp.q.val();
        self.mover.load_word.next = self.sender.packet_word.val();
        self.mover.load_words.next = self.sender.packet_words.val();
        self.completions.load.next = false;
        self.completions.load_qp.next = self.qp.q.val();
        self.completions.load_tag.next = self.messages.read_data.val().tag;
        self.completions.load_status.next = self.acks.complete_status.val();
        self.read_pass.load.next = false;
        self.read_pass.load_busy.next = self.acks.read_busy.val();
        self.read_pass.load_deliver.next = self.acks.read_deliver.val();
        self.read_pass.load_message_end.next = self.acks.read_message_end.val();
        self.read_pass.load_qp.next = self.qp.q.val();
        self.read_pass.load_tag.next = self.messages.read_data.val().tag;
        self.read_pass.load_length.next = self.acks.read_length.val();
        self.acks.step.next = self.step.q.val();
        self.acks.qp_context.next = self.qp_state.q.val();
        self.acks.head.next = self.messages.read_data.val();
        self.acks.now.next = self.now.q.val();
        self.acks.capture.next = false;
        self.acks.resp_syndrome.next = self.resp_syndrome.val();
        self.acks.resp_psn.next = self.resp_psn.val();
        self.acks.resp_opcode.next = self.resp_opcode.val();
        self.acks.resp_payload_length.next = self.resp_payload_length.val();
        self.acks.completion_free.next = self.completions.free.val();
        self.acks.count_event.next = self.count_event.q.val();
        self.acks.count_which.next = self.count_which.q.val();

        // The send scan steps past a QP with nothing to send, one QP a cycle, and rests on one
        // with packets until the engine takes one of them (then moves on: round robin). Stepping
        // every cycle rather than every engine turn finds the next QP while the mover is still
        // busy (issue 25: a turn-by-turn scan left ~45 idle cycles between packets).
        if !self.pending.q.val().get_bit(self.send_scan.q.val().index()) {
            self.send_scan.d.next = self.send_scan.q.val() + self.one_qp.val();
        }

        match self.step.q.val() {
            RequesterStep::Clear => {
                self.contexts.write_enable.next = true;
                self.contexts.write_address.next = self.clear_qp.q.val();
                self.contexts.write_data.next = self.empty_context.val();
                if self.clear_qp.q.val() != self.last_qp.val() {
                    self.clear_qp.d.next = self.clear_qp.q.val() + self.one_qp.val();
                } else if self.counters.ready.val() {
                    self.step.d.next = RequesterStep::Idle;
                }
            }
            RequesterStep::Idle => {
                self.count_event.d.next = false;
                // Setting a QP up waits for a copy in progress (its message belongs to the old setup).
                self.cfg_ready.next = !self.copier.busy.val() & !self.copier.done.val();
                if self.cfg_valid.val() & self.cfg_ready.val() {
                    // QP setup: whatever the QP held is forgotten.
                    self.contexts.write_enable.next = true;
                    self.contexts.write_address.next = self.cfg_qp.val();
                    self.contexts.write_data.next = self.empty_context.val();
                    self.contexts.write_data.next.enabled = self.cfg_enable.val();
                    self.contexts.write_data.next.unacked_psn = self.cfg_first_psn.val();
                    self.contexts.write_data.next.send_psn = self.cfg_first_psn.val();
                    self.contexts.write_data.next.sent_limit = self.cfg_first_psn.val();
                    self.contexts.write_data.next.published_psn = self.cfg_first_psn.val();
                    self.contexts.write_data.next.mtu_shift = self.cfg_mtu_shift.val();
                    self.contexts.write_data.next.timeout = self.cfg_timeout.val();
                    self.contexts.write_data.next.retry_limit = self.cfg_retry_limit.val();
                    self.contexts.write_data.next.timer_start = self.now.q.val();
                    self.pending.d.next = self.pending.q.val() & !(self.qp_0_bit.val() << bit_cast::<QPS, QP_BITS>(self.cfg_qp.val()));
                    self.errors.d.next = self.errors.q.val() & !(self.qp_0_bit.val() << bit_cast::<QPS, QP_BITS>(self.cfg_qp.val()));
                    self.admit_blocked.d.next = false;
                } else if self.copier.done.val() {
                    self.engine_task.d.next = RequesterTask::Publish;
                    self.qp.d.next = self.copier.qp.val();
                    self.contexts.read_address.next = self.copier.qp.val();
                    self.step.d.next = RequesterStep::LoadContext;
                } else if self.resp_valid.val() & !self.read_pass.busy.val() {
                    self.engine_task.d.next = RequesterTask::Respond;
                    self.qp.d.next = self.resp_qp.val();
                    self.acks.capture.next = true;
                    self.resp_ready.next = true;
                    self.contexts.read_address.next = self.resp_qp.val();
                    self.step.d.next = RequesterStep::LoadContext;
                } else if self.pending.q.val().get_bit(self.send_scan.q.val().index()) & self.mover.can_load.val() {
                    self.engine_task.d.next = RequesterTask::Send;
                    self.send_scan.d.next = self.send_scan.q.val() + self.one_qp.val();
                    self.qp.d.next = self.send_scan.q.val();
                    self.contexts.read_address.next = self.send_scan.q.val();
                    self.step.d.next = RequesterStep::LoadContext;
                } else if self.wr_valid.val() & !self.copier.busy.val() & !self.admit_blocked.q.val() {
                    self.engine_task.d.next = RequesterTask::Admit;
                    self.qp.d.next = self.wr_qp.val();
                    self.contexts.read_address.next = self.wr_qp.val();
                    self.step.d.next = RequesterStep::LoadContext;
                } else {
                    self.engine_task.d.next = RequesterTask::Timer;
                    self.qp.d.next = self.timer_scan.q.val();
                    self.timer_scan.d.next = self.timer_scan.q.val() + self.one_qp.val();
                    self.contexts.read_address.next = self.timer_scan.q.val();
                    self.step.d.next = RequesterStep::LoadContext;
                }
            }
            RequesterStep::LoadContext => {
                self.qp_state.d.next = self.contexts.read_data.val();
                self.messages.read_address.next = self.qp_slots.val() | self.send_slot.val();
                match self.engine_task.q.val() {
                    RequesterTask::Publish => {
                        self.step.d.next = RequesterStep::Publish;
                    }
                    RequesterTask::Respond => {
                        self.step.d.next = RequesterStep::Respond;
                    }
                    RequesterTask::Admit => {
                        self.step.d.next = RequesterStep::Admit;
                    }
                    RequesterTask::Send => {
                        self.step.d.next = RequesterStep::LoadMessage;
                    }
                    _ => {
                        self.step.d.next = RequesterStep::Timer;
                    }
                }
            }
            RequesterStep::Commit => {
                self.contexts.write_enable.next = true;
                self.counters.count.next = self.count_event.q.val();
                self.pending.d.next = self.pending.q.val() & !(self.qp_0_bit.val() << bit_cast::<QPS, QP_BITS>(self.qp.q.val()));
                if self.qp_state.q.val().enabled
                    & !self.qp_state.q.val().error
                    & !self.qp_state.q.val().rnr_hold
                    & (self.qp_state.q.val().send_psn != self.qp_state.q.val().published_psn)
                {
                    self.pending.d.next = self.pending.q.val() | (self.qp_0_bit.val() << bit_cast::<QPS, QP_BITS>(self.qp.q.val()));
                }
                if self.qp_state.q.val().error {
                    self.errors.d.next = self.errors.q.val() | (self.qp_0_bit.val() << bit_cast::<QPS, QP_BITS>(self.qp.q.val()));
                }
                self.step.d.next = RequesterStep::Idle;
            }
            _ => {
                if self.sender.active.val() {
                    // Publish to SendCommit: the sending side decides.
                    self.qp_state.d.next = self.sender.qp_context_next.val();
                    self.step.d.next = self.sender.step_next.val();
                    self.count_event.d.next = self.sender.count_event_next.val();
                    self.count_which.d.next = self.sender.count_which_next.val();
                    self.completions.load.next = self.sender.complete.val();
                    self.completions.load_tag.next = self.sender.complete_tag.val();
                    self.completions.load_status.next = self.sender.complete_status.val();
                    if self.sender.admit_block.val() {
                        self.admit_blocked.d.next = true;
                    }
                } else {
                    // Respond to Timer: the acknowledgement side decides.
                    self.qp_state.d.next = self.acks.qp_context_next.val();
                    self.step.d.next = self.acks.step_next.val();
                    self.count_event.d.next = self.acks.count_event_next.val();
                    self.count_which.d.next = self.acks.count_which_next.val();
                    self.completions.load.next = self.acks.complete.val();
                    self.read_pass.load.next = self.acks.read_load.val();
                    if self.acks.count_completed.val() {
                        self.counters.count.next = true;
                        self.counters.count_index.next = self.event_completed.val();
                    }
                    if self.acks.admit_unblock.val() {
                        self.admit_blocked.d.next = false;
                    }
                }
            }
        }

        if self.reset.val() {
            self.step.d.next = RequesterStep::Clear;
            self.clear_qp.d.next = self.first_qp.val();
            self.pending.d.next = self.no_qps.val();
            self.errors.d.next = self.no_qps.val();
            self.admit_blocked.d.next = false;
            self.count_event.d.next = false;
        }
    }
}
