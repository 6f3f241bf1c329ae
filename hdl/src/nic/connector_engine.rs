//! The connector's engine (docs/controller-link.md): one event at a time — a QP configuration, a
//! capsule, a controller's message, a request from the supervisor — reading and writing the QP
//! table and the slot metadata, handing link messages to the emitter and work requests to the
//! issuer. For a sweep it starts the sweeper and lends it the table, the metadata and the emitter
//! (`sweeping`); a fail sweep waiting for the emitter pauses, and the engine takes one controller
//! message meanwhile. The parts it drives sit beside it in `connector.rs`.

use super::link_emitter::EmitStep;
use super::qp_table::{QpEntry, SlotMeta, SQ_ENTRY_BITS};
use super::sweeper::{path_error_status, SweepKind};
use crate::constant::constant;
use crate::link::message::{MessageType, TAKEOVER_BYTES};
use crate::nvme::capsule::CQE_BYTES;
use crate::roce::rc::WrKind;
use rust_hdl::prelude::*;

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum EngineStep {
    Clear,
    Idle,
    /// A capsule: its QP's entry is arriving, then the decision.
    CapsuleLoad,
    CapsuleDecide,
    /// A controller's message is being read (the reader's steps), then a WQE or a CQE decided.
    Reading,
    WqeDecide,
    CqeLoad,
    CqeDecide,
    /// The issuer offers a work request and its payload; then the engine goes on (`resume`).
    WrIssue,
    /// After a retirement: a draining QP with nothing outstanding goes home.
    DrainCheck,
    DrainTakeover,
    /// A sweep runs (the sweeper's steps).
    Sweeping,
}

#[derive(LogicBlock)]
pub struct ConnectorEngine<const QP_BITS: usize, const SLOT_BITS: usize, const SLOT_ADDRESS_BITS: usize, const SLOTS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// QP set-up, taken between events (`Connector`'s `cfg_*`).
    pub cfg_valid: Signal<In, Bit>,
    pub cfg_ready: Signal<Out, Bit>,
    pub cfg_qp: Signal<In, Bits<QP_BITS>>,
    pub cfg_enable: Signal<In, Bit>,
    pub cfg_controller: Signal<In, Bit>,
    /// The supervisor's pending requests; the engine takes the `request_pick`ed controller's.
    pub fail_pending: Signal<In, Bits<2>>,
    pub fence_pending: Signal<In, Bits<2>>,
    pub readmit_pending: Signal<In, Bits<2>>,
    pub failback_pending: Signal<In, Bit>,
    pub request_pick: Signal<In, Bits<2>>,
    pub take_fail: Signal<Out, Bit>,
    pub take_fence: Signal<Out, Bit>,
    pub take_readmit: Signal<Out, Bit>,
    pub take_failback: Signal<Out, Bit>,
    /// The capsule receiver's next capsule, taken with `capsule_ready`; slots whose QP was set up
    /// again are `freed`; `busy` holds a bit per outstanding command's slot.
    pub capsule_valid: Signal<In, Bit>,
    pub capsule_qp: Signal<In, Bits<QP_BITS>>,
    pub capsule_slot: Signal<In, Bits<SLOT_BITS>>,
    pub capsule_cid: Signal<In, Bits<16>>,
    pub capsule_length: Signal<In, Bits<16>>,
    pub capsule_ready: Signal<Out, Bit>,
    pub freed: Signal<Out, Bits<SLOTS>>,
    pub busy: Signal<Out, Bits<SLOTS>>,
    /// The QP table (read data a cycle after its address) and the slot metadata, addressed by the
    /// engine's QP and slot (`slot_address`); the metadata written is the receiver's capsule.
    pub table_read_address: Signal<Out, Bits<QP_BITS>>,
    pub table_data: Signal<In, QpEntry>,
    pub table_write_enable: Signal<Out, Bit>,
    pub table_write_address: Signal<Out, Bits<QP_BITS>>,
    pub table_write_data: Signal<Out, QpEntry>,
    pub slot_address: Signal<Out, Bits<SLOT_ADDRESS_BITS>>,
    pub meta_data: Signal<In, SlotMeta>,
    pub meta_write_enable: Signal<Out, Bit>,
    /// The controller intake: a message is waiting (its header's QP); the beat being read, or
    /// its link lost. The engine takes the header; `skip` drains the rest of a message.
    pub link_waiting: Signal<In, Bit>,
    pub offered_qp: Signal<In, Bits<QP_BITS>>,
    pub beat_data: Signal<In, Bits<64>>,
    pub beat_lost: Signal<In, Bit>,
    pub take_header: Signal<Out, Bit>,
    pub skip: Signal<Out, Bits<2>>,
    /// The reader's steps and what it read of the message (from link `message_src`, 1 = B).
    pub message_finished: Signal<In, Bit>,
    pub message_ended: Signal<In, Bit>,
    pub message_src: Signal<In, Bit>,
    pub message_src_bit: Signal<In, Bits<2>>,
    pub descriptor_read: Signal<In, Bit>,
    pub cqe_low_read: Signal<In, Bit>,
    pub cqe_read: Signal<In, Bit>,
    pub write_ok: Signal<In, Bit>,
    pub read_ok: Signal<In, Bit>,
    pub send_ok: Signal<In, Bit>,
    pub message_length: Signal<In, Bits<16>>,
    pub message_rkey: Signal<In, Bits<32>>,
    pub send_invalidate: Signal<In, Bit>,
    pub invalidate: Signal<In, Bits<32>>,
    pub fence_acked: Signal<In, Bits<2>>,
    /// The engine asks the reader for a SEND's CQE; controllers sent a `FENCE` not yet answered.
    pub read_cqe: Signal<Out, Bit>,
    pub fence_sent: Signal<Out, Bits<2>>,
    /// RDMA READs in flight: a free entry (its tag); allocate one, or forget the failed
    /// controller's.
    pub read_free: Signal<In, Bit>,
    pub read_next_tag: Signal<In, Bits<8>>,
    pub read_allocate: Signal<Out, Bit>,
    pub read_forget: Signal<Out, Bit>,
    /// Link messages for the emitter (the slot is `slot_address`).
    pub emit_idle: Signal<In, Bit>,
    pub issue: Signal<Out, Bit>,
    pub issue_controller: Signal<Out, Bit>,
    pub issue_header: Signal<Out, Bits<64>>,
    pub issue_next: Signal<Out, EmitStep>,
    pub issue_fence: Signal<Out, Bit>,
    pub issue_payload: Signal<Out, Bits<64>>,
    pub issue_length: Signal<Out, Bits<16>>,
    /// The sweeper: started (kind, controller `request_pick`), then lent everything while
    /// `sweeping`; it reports a path error to send, a pause, its end.
    pub sweep_start: Signal<Out, Bit>,
    pub sweep_kind: Signal<Out, SweepKind>,
    pub sweeping: Signal<Out, Bit>,
    pub sweep_qp: Signal<In, Bits<QP_BITS>>,
    pub sweep_path_error: Signal<In, Bit>,
    pub sweep_path_error_high: Signal<In, Bits<64>>,
    pub sweep_paused: Signal<In, Bit>,
    pub sweep_done: Signal<In, Bit>,
    pub sweep_busy_clear: Signal<In, Bits<SLOTS>>,
    /// A work request for the issuer (`wr_load`), with the engine's QP and CQE registers; it
    /// reports `wr_finished`.
    pub wr_load: Signal<Out, Bit>,
    pub wr_kind: Signal<Out, Bits<2>>,
    pub wr_length: Signal<Out, Bits<16>>,
    pub wr_rkey: Signal<Out, Bits<32>>,
    pub wr_tag: Signal<Out, Bits<8>>,
    pub wr_caused: Signal<Out, Bit>,
    pub wr_finished: Signal<In, Bit>,
    pub qp: Signal<Out, Bits<QP_BITS>>,
    pub cqe_low: Signal<Out, Bits<64>>,
    pub cqe_high: Signal<Out, Bits<64>>,
    /// The engine's events for the counter bank (one-cycle pulses).
    pub command_forwarded: Signal<Out, Bit>,
    pub completion_delivered: Signal<Out, Bit>,
    pub unknown_qp: Signal<Out, Bit>,
    pub wqe_unknown_qp: Signal<Out, Bit>,
    pub wqe_malformed: Signal<Out, Bit>,
    pub cqe_unknown_cid: Signal<Out, Bit>,
    pub wrong_link: Signal<Out, Bit>,
    pub late_discarded: Signal<Out, Bit>,
    pub path_error_sent: Signal<Out, Bit>,
    step: DFF<EngineStep>,
    resume: DFF<EngineStep>,
    qp_reg: DFF<Bits<QP_BITS>>,
    slot: DFF<Bits<SLOT_BITS>>,
    entry: DFF<QpEntry>,
    cqe_low_reg: DFF<Bits<64>>,
    cqe_high_reg: DFF<Bits<64>>,
    busy_slots: DFF<Bits<SLOTS>>,
    /// The sweep is paused; the engine has just paused it (take the message before resuming).
    sweep_held: DFF<Bit>,
    serve_link: DFF<Bit>,
    fence_sent_reg: DFF<Bits<2>>,
    /// A capsule waits for its draining QP: take messages until a completion or a sweep.
    capsule_blocked: DFF<Bit>,
    prefer_link: DFF<Bit>,
    clear_qp: DFF<Bits<QP_BITS>>,
    pick_link: Signal<Local, Bit>,
    capsule_ok: Signal<Local, Bit>,
    finish: Signal<Local, Bit>,
    table_entry: Signal<Local, QpEntry>,
    slot_bit: Signal<Local, Bits<SLOTS>>,
    slot_busy: Signal<Local, Bit>,
    qp_slots: Signal<Local, Bits<SLOTS>>,
    busy_set: Signal<Local, Bits<SLOTS>>,
    busy_clear: Signal<Local, Bits<SLOTS>>,
    /// The CID in a controller's CQE; the CID a controller knows a command by (as a capsule
    /// comes, and as its slot is read).
    cqe_cid: Signal<Local, Bits<16>>,
    capsule_controller_cid: Signal<Local, Bits<16>>,
    slot_controller_cid: Signal<Local, Bits<16>>,
    cqe_status_ok: Signal<Local, Bit>,
    qp_step: Constant<Bits<QP_BITS>>,
    first_qp: Constant<Bits<QP_BITS>>,
    last_qp: Constant<Bits<QP_BITS>>,
    slot_shift: Constant<Bits<SLOT_ADDRESS_BITS>>,
    slot_shift_wide: Constant<Bits<SLOTS>>,
    qp_slot_mask: Constant<Bits<SLOTS>>,
    first_slot_bit: Constant<Bits<SLOTS>>,
    no_slots: Constant<Bits<SLOTS>>,
    no_controllers: Constant<Bits<2>>,
    type_command: Constant<Bits<64>>,
    type_takeover: Constant<Bits<64>>,
    type_fence: Constant<Bits<64>>,
    kind_send: Constant<Bits<2>>,
    kind_send_invalidate: Constant<Bits<2>>,
    kind_write: Constant<Bits<2>>,
    kind_read: Constant<Bits<2>>,
    path_error_status: Constant<Bits<64>>,
    /// A CQE's status field without its phase bit and the bits that are not an error.
    status_mask: Constant<Bits<16>>,
    status_success: Constant<Bits<16>>,
    /// CID bits above the slot index; the CID in a CQE's upper word.
    cid_above_slot: Constant<Bits<16>>,
    cqe_cid_field: Constant<Bits<64>>,
    /// A path error's CQE: no command-specific words.
    cqe_low_empty: Constant<Bits<64>>,
    no_rkey: Constant<Bits<32>>,
    no_tag: Constant<Bits<8>>,
    shift_16: Constant<Bits<64>>,
    shift_32: Constant<Bits<64>>,
    shift_48: Constant<Bits<64>>,
    cqe_bytes: Constant<Bits<16>>,
    one_more_16: Constant<Bits<16>>,
    one_more_8: Constant<Bits<8>>,
    no_outstanding: Constant<Bits<8>>,
    sq_step: Constant<Bits<SQ_ENTRY_BITS>>,
    cleared_entry: Constant<QpEntry>,
}

impl<const QP_BITS: usize, const SLOT_BITS: usize, const SLOT_ADDRESS_BITS: usize, const SLOTS: usize> Default
    for ConnectorEngine<QP_BITS, SLOT_BITS, SLOT_ADDRESS_BITS, SLOTS>
{
    fn default() -> Self {
        assert!(QP_BITS <= 16 && SLOT_BITS <= 5, "QP numbers fit the link header; slots fit a QP entry's count");
        Self {
            clock: Default::default(),
            reset: Default::default(),
            cfg_valid: Default::default(),
            cfg_ready: Default::default(),
            cfg_qp: Default::default(),
            cfg_enable: Default::default(),
            cfg_controller: Default::default(),
            fail_pending: Default::default(),
            fence_pending: Default::default(),
            readmit_pending: Default::default(),
            failback_pending: Default::default(),
            request_pick: Default::default(),
            take_fail: Default::default(),
            take_fence: Default::default(),
            take_readmit: Default::default(),
            take_failback: Default::default(),
            capsule_valid: Default::default(),
            capsule_qp: Default::default(),
            capsule_slot: Default::default(),
            capsule_cid: Default::default(),
            capsule_length: Default::default(),
            capsule_ready: Default::default(),
            freed: Default::default(),
            busy: Default::default(),
            table_read_address: Default::default(),
            table_data: Default::default(),
            table_write_enable: Default::default(),
            table_write_address: Default::default(),
            table_write_data: Default::default(),
            slot_address: Default::default(),
            meta_data: Default::default(),
            meta_write_enable: Default::default(),
            link_waiting: Default::default(),
            offered_qp: Default::default(),
            beat_data: Default::default(),
            beat_lost: Default::default(),
            take_header: Default::default(),
            skip: Default::default(),
            message_finished: Default::default(),
            message_ended: Default::default(),
            message_src: Default::default(),
            message_src_bit: Default::default(),
            descriptor_read: Default::default(),
            cqe_low_read: Default::default(),
            cqe_read: Default::default(),
            write_ok: Default::default(),
            read_ok: Default::default(),
            send_ok: Default::default(),
            message_length: Default::default(),
            message_rkey: Default::default(),
            send_invalidate: Default::default(),
            invalidate: Default::default(),
            fence_acked: Default::default(),
            read_cqe: Default::default(),
            fence_sent: Default::default(),
            read_free: Default::default(),
            read_next_tag: Default::default(),
            read_allocate: Default::default(),
            read_forget: Default::default(),
            emit_idle: Default::default(),
            issue: Default::default(),
            issue_controller: Default::default(),
            issue_header: Default::default(),
            issue_next: Default::default(),
            issue_fence: Default::default(),
            issue_payload: Default::default(),
            issue_length: Default::default(),
            sweep_start: Default::default(),
            sweep_kind: Default::default(),
            sweeping: Default::default(),
            sweep_qp: Default::default(),
            sweep_path_error: Default::default(),
            sweep_path_error_high: Default::default(),
            sweep_paused: Default::default(),
            sweep_done: Default::default(),
            sweep_busy_clear: Default::default(),
            wr_load: Default::default(),
            wr_kind: Default::default(),
            wr_length: Default::default(),
            wr_rkey: Default::default(),
            wr_tag: Default::default(),
            wr_caused: Default::default(),
            wr_finished: Default::default(),
            qp: Default::default(),
            cqe_low: Default::default(),
            cqe_high: Default::default(),
            command_forwarded: Default::default(),
            completion_delivered: Default::default(),
            unknown_qp: Default::default(),
            wqe_unknown_qp: Default::default(),
            wqe_malformed: Default::default(),
            cqe_unknown_cid: Default::default(),
            wrong_link: Default::default(),
            late_discarded: Default::default(),
            path_error_sent: Default::default(),
            step: Default::default(),
            resume: Default::default(),
            qp_reg: Default::default(),
            slot: Default::default(),
            entry: Default::default(),
            cqe_low_reg: Default::default(),
            cqe_high_reg: Default::default(),
            busy_slots: Default::default(),
            sweep_held: Default::default(),
            serve_link: Default::default(),
            fence_sent_reg: Default::default(),
            capsule_blocked: Default::default(),
            prefer_link: Default::default(),
            clear_qp: Default::default(),
            pick_link: Default::default(),
            capsule_ok: Default::default(),
            finish: Default::default(),
            table_entry: Default::default(),
            slot_bit: Default::default(),
            slot_busy: Default::default(),
            qp_slots: Default::default(),
            busy_set: Default::default(),
            busy_clear: Default::default(),
            cqe_cid: Default::default(),
            capsule_controller_cid: Default::default(),
            slot_controller_cid: Default::default(),
            cqe_status_ok: Default::default(),
            qp_step: constant(1),
            first_qp: constant(0),
            last_qp: constant((1u64 << QP_BITS) - 1),
            slot_shift: constant(SLOT_BITS as u64),
            slot_shift_wide: constant(SLOT_BITS as u64),
            qp_slot_mask: constant((1u64 << (1 << SLOT_BITS)) - 1),
            first_slot_bit: constant(1),
            no_slots: constant(0),
            no_controllers: constant(0),
            type_command: constant(MessageType::Command as u64),
            type_takeover: constant(MessageType::Takeover as u64 | (TAKEOVER_BYTES as u64) << 32),
            type_fence: constant(MessageType::Fence as u64),
            kind_send: constant(WrKind::Send.code() as u64),
            kind_send_invalidate: constant(WrKind::SendInvalidate.code() as u64),
            kind_write: constant(WrKind::Write.code() as u64),
            kind_read: constant(WrKind::Read.code() as u64),
            path_error_status: constant((path_error_status() as u64) << 48),
            status_mask: constant(0x0FFE),
            status_success: constant(0),
            cid_above_slot: constant(0xFFFF & !((1u64 << SLOT_BITS) - 1)),
            cqe_cid_field: constant(0xFFFF << 32),
            cqe_low_empty: constant(0),
            no_rkey: constant(0),
            no_tag: constant(0),
            shift_16: constant(16),
            shift_32: constant(32),
            shift_48: constant(48),
            cqe_bytes: constant(CQE_BYTES as u64),
            one_more_16: constant(1),
            one_more_8: constant(1),
            no_outstanding: constant(0),
            sq_step: constant(1),
            cleared_entry: Constant::new(QpEntry::default()),
        }
    }
}

impl<const QP_BITS: usize, const SLOT_BITS: usize, const SLOT_ADDRESS_BITS: usize, const SLOTS: usize> Logic
    for ConnectorEngine<QP_BITS, SLOT_BITS, SLOT_ADDRESS_BITS, SLOTS>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, step, resume, qp_reg, slot, entry, cqe_low_reg, cqe_high_reg, busy_slots, sweep_held, serve_link,
            fence_sent_reg, capsule_blocked, prefer_link, clear_qp
        );
        self.qp.next = self.qp_reg.q.val();
        self.cqe_low.next = self.cqe_low_reg.q.val();
        self.cqe_high.next = self.cqe_high_reg.q.val();
        self.busy.next = self.busy_slots.q.val();
        self.fence_sent.next = self.fence_sent_reg.q.val();
        self.sweeping.next = self.step.q.val() == EngineStep::Sweeping;
        self.capsule_ready.next = false;
        self.freed.next = self.no_slots.val();

        // The engine's QP and slot address the QP table and the slot metadata; what a step writes
        // is `table_entry`.
        self.slot_address.next =
            (bit_cast::<SLOT_ADDRESS_BITS, QP_BITS>(self.qp_reg.q.val()) << self.slot_shift.val()) | bit_cast::<SLOT_ADDRESS_BITS, SLOT_BITS>(self.slot.q.val());
        self.slot_bit.next = self.first_slot_bit.val() << bit_cast::<SLOTS, SLOT_ADDRESS_BITS>(self.slot_address.val());
        self.slot_busy.next = (self.busy_slots.q.val() & self.slot_bit.val()).any();
        self.qp_slots.next = self.qp_slot_mask.val() << (bit_cast::<SLOTS, QP_BITS>(self.cfg_qp.val()) << self.slot_shift_wide.val());
        self.table_read_address.next = self.qp_reg.q.val();
        self.table_write_enable.next = false;
        self.table_write_address.next = self.qp_reg.q.val();
        self.table_entry.next = self.entry.q.val();
        self.meta_write_enable.next = false;
        self.busy_set.next = self.no_slots.val();
        self.busy_clear.next = self.no_slots.val();
        self.cqe_cid.next = self.cqe_high_reg.q.val().get_bits::<16>(32);
        // The CID a controller knows a command by: its slot under the host CID's upper bits
        // (Linux keeps a generation count there, so a stale completion still does not match).
        self.capsule_controller_cid.next =
            (self.capsule_cid.val() & self.cid_above_slot.val()) | bit_cast::<16, SLOT_BITS>(self.capsule_slot.val());
        self.slot_controller_cid.next = (self.meta_data.val().cid & self.cid_above_slot.val()) | bit_cast::<16, SLOT_BITS>(self.slot.q.val());
        self.cqe_status_ok.next = (self.cqe_high_reg.q.val().get_bits::<16>(48) & self.status_mask.val()) == self.status_success.val();

        self.finish.next = false;
        self.read_cqe.next = false;
        self.sweep_start.next = false;
        self.sweep_kind.next = SweepKind::Fail;
        self.skip.next = self.no_controllers.val();
        self.capsule_ok.next = self.capsule_valid.val() & !self.capsule_blocked.q.val();
        self.pick_link.next = self.link_waiting.val() & (!self.capsule_ok.val() | self.prefer_link.q.val());
        self.take_header.next = false;
        self.take_fail.next = false;
        self.take_fence.next = false;
        self.take_readmit.next = false;
        self.take_failback.next = false;
        self.read_allocate.next = false;
        self.read_forget.next = false;

        // Link messages the engine hands to the emitter: by default a capsule's `CMD`.
        self.issue.next = false;
        self.issue_controller.next = self.entry.q.val().controller;
        self.issue_header.next = self.type_command.val()
            | (bit_cast::<64, QP_BITS>(self.qp_reg.q.val()) << self.shift_16.val())
            | (bit_cast::<64, 16>(self.capsule_length.val()) << self.shift_32.val())
            | (bit_cast::<64, 16>(self.capsule_controller_cid.val()) << self.shift_48.val());
        self.issue_next.next = EmitStep::Slot;
        self.issue_fence.next = false;
        self.issue_payload.next = bit_cast::<64, 16>(self.entry.q.val().controller_id)
            | (bit_cast::<64, SQ_ENTRY_BITS>(self.entry.q.val().sq_tail) << self.shift_16.val())
            | (bit_cast::<64, 8>(self.entry.q.val().outstanding) << self.shift_32.val());
        self.issue_length.next = self.capsule_length.val();

        // Work requests: a completion's SEND unless a step says otherwise.
        self.wr_load.next = false;
        self.wr_kind.next = self.kind_send.val();
        self.wr_length.next = self.cqe_bytes.val();
        self.wr_rkey.next = self.no_rkey.val();
        self.wr_tag.next = self.no_tag.val();
        self.wr_caused.next = true;
        // Configuration is taken whenever the engine is between events.
        self.cfg_ready.next = (self.step.q.val() == EngineStep::Idle) & !self.sweep_held.q.val();
        self.command_forwarded.next = false;
        self.completion_delivered.next = false;
        self.unknown_qp.next = false;
        self.wqe_unknown_qp.next = false;
        self.wqe_malformed.next = false;
        self.cqe_unknown_cid.next = false;
        self.wrong_link.next = false;
        self.late_discarded.next = false;
        self.path_error_sent.next = false;

        match self.step.q.val() {
            EngineStep::Clear => {
                self.table_write_enable.next = true;
                self.table_write_address.next = self.clear_qp.q.val();
                self.clear_qp.d.next = self.clear_qp.q.val() + self.qp_step.val();
                if self.clear_qp.q.val() == self.last_qp.val() {
                    self.step.d.next = EngineStep::Idle;
                }
            }
            EngineStep::Idle => {
                if self.sweep_held.q.val() {
                    // A paused sweep: the message it paused for, then the sweep again.
                    self.serve_link.d.next = false;
                    if self.serve_link.q.val() & self.link_waiting.val() {
                        self.take_header.next = true;
                    } else {
                        self.sweep_held.d.next = false;
                        self.step.d.next = EngineStep::Sweeping;
                    }
                } else if self.cfg_valid.val() {
                    // A QP set up (or off): nothing outstanding, bound home.
                    self.table_write_enable.next = true;
                    self.table_write_address.next = self.cfg_qp.val();
                    self.busy_clear.next = self.qp_slots.val();
                    self.freed.next = self.qp_slots.val();
                } else if self.fail_pending.val().any() {
                    self.take_fail.next = true;
                    self.sweep_start.next = true;
                    // READs the failed controller asked for are answered to nobody.
                    self.read_forget.next = true;
                    self.fence_sent_reg.d.next = self.fence_sent_reg.q.val() & !self.request_pick.val();
                    self.step.d.next = EngineStep::Sweeping;
                } else if self.fence_pending.val().any() & self.emit_idle.val() {
                    self.take_fence.next = true;
                    self.fence_sent_reg.d.next = self.fence_sent_reg.q.val() | self.request_pick.val();
                    self.issue.next = true;
                    self.issue_controller.next = self.request_pick.val().get_bit(1);
                    self.issue_header.next = self.type_fence.val();
                    self.issue_next.next = EmitStep::Idle;
                    self.issue_fence.next = true;
                } else if self.readmit_pending.val().any() & !self.fence_pending.val().any() {
                    self.take_readmit.next = true;
                    self.sweep_start.next = true;
                    self.sweep_kind.next = SweepKind::Readmit;
                    self.step.d.next = EngineStep::Sweeping;
                } else if self.failback_pending.val() & !self.fence_pending.val().any() & !self.readmit_pending.val().any() {
                    self.take_failback.next = true;
                    self.sweep_start.next = true;
                    self.sweep_kind.next = SweepKind::Failback;
                    self.step.d.next = EngineStep::Sweeping;
                } else if self.pick_link.val() {
                    self.take_header.next = true;
                } else if self.capsule_ok.val() {
                    self.qp_reg.d.next = self.capsule_qp.val();
                    self.slot.d.next = self.capsule_slot.val();
                    self.prefer_link.d.next = true;
                    self.step.d.next = EngineStep::CapsuleLoad;
                }
            }
            EngineStep::CapsuleLoad => {
                self.step.d.next = EngineStep::CapsuleDecide;
            }
            EngineStep::CapsuleDecide => {
                self.table_entry.next = self.table_data.val();
                self.entry.d.next = self.table_data.val();
                if !self.table_data.val().enabled {
                    self.unknown_qp.next = true;
                    self.capsule_ready.next = true;
                    self.step.d.next = EngineStep::Idle;
                } else if self.table_data.val().draining {
                    // It waits until the QP has gone home.
                    self.capsule_blocked.d.next = true;
                    self.step.d.next = EngineStep::Idle;
                } else if self.table_data.val().no_path {
                    self.table_entry.next.sq_tail = self.table_data.val().sq_tail + self.sq_step.val();
                    self.table_write_enable.next = true;
                    self.path_error_sent.next = true;
                    self.capsule_ready.next = true;
                    self.cqe_low_reg.d.next = self.cqe_low_empty.val();
                    self.cqe_high_reg.d.next = bit_cast::<64, SQ_ENTRY_BITS>(self.table_entry.val().sq_tail)
                        | (bit_cast::<64, 16>(self.capsule_cid.val()) << self.shift_32.val())
                        | self.path_error_status.val();
                    self.wr_load.next = true;
                    self.wr_caused.next = false;
                    self.resume.d.next = EngineStep::Idle;
                    self.step.d.next = EngineStep::WrIssue;
                } else if self.emit_idle.val() {
                    // Forwarded: outstanding in its slot until its completion.
                    self.busy_set.next = self.slot_bit.val();
                    self.meta_write_enable.next = true;
                    self.table_entry.next.sq_tail = self.table_data.val().sq_tail + self.sq_step.val();
                    self.table_entry.next.outstanding = self.table_data.val().outstanding + self.one_more_8.val();
                    self.table_entry.next.commands = self.table_data.val().commands + self.one_more_16.val();
                    self.table_write_enable.next = true;
                    self.issue.next = true;
                    self.issue_controller.next = self.table_data.val().controller;
                    self.command_forwarded.next = true;
                    self.capsule_ready.next = true;
                    self.step.d.next = EngineStep::Idle;
                }
            }
            EngineStep::Reading => {
                if self.message_finished.val() {
                    self.step.d.next = EngineStep::Idle;
                }
                self.fence_sent_reg.d.next = self.fence_sent_reg.q.val() & !self.fence_acked.val();
                if self.descriptor_read.val() {
                    self.step.d.next = EngineStep::WqeDecide;
                }
                if self.cqe_low_read.val() {
                    self.cqe_low_reg.d.next = self.beat_data.val();
                }
                if self.cqe_read.val() {
                    self.cqe_high_reg.d.next = self.beat_data.val();
                    self.slot.d.next = self.beat_data.val().get_bits::<SLOT_BITS>(32);
                    self.step.d.next = EngineStep::CqeLoad;
                }
            }
            EngineStep::WqeDecide => {
                self.entry.d.next = self.table_data.val();
                self.wr_length.next = self.message_length.val();
                self.wr_rkey.next = self.message_rkey.val();
                self.resume.d.next = EngineStep::Idle;
                if self.beat_lost.val() {
                    self.late_discarded.next = true;
                    self.finish.next = true;
                } else if !self.table_data.val().enabled {
                    self.wqe_unknown_qp.next = true;
                    self.finish.next = true;
                } else if (self.table_data.val().controller != self.message_src.val()) | self.table_data.val().no_path {
                    // Only the bound controller may act for a QP.
                    self.wrong_link.next = true;
                    self.finish.next = true;
                } else if self.write_ok.val() {
                    self.wr_load.next = true;
                    self.wr_kind.next = self.kind_write.val();
                    self.step.d.next = EngineStep::WrIssue;
                } else if self.read_ok.val() {
                    // Waits here for a free READ entry.
                    if self.read_free.val() {
                        self.read_allocate.next = true;
                        self.wr_load.next = true;
                        self.wr_kind.next = self.kind_read.val();
                        self.wr_tag.next = self.read_next_tag.val();
                        self.step.d.next = EngineStep::WrIssue;
                    }
                } else if self.send_ok.val() {
                    self.read_cqe.next = true;
                    self.step.d.next = EngineStep::Reading;
                } else {
                    self.wqe_malformed.next = true;
                    self.finish.next = true;
                }
            }
            EngineStep::CqeLoad => {
                self.step.d.next = EngineStep::CqeDecide;
            }
            EngineStep::CqeDecide => {
                self.step.d.next = EngineStep::Idle;
                if self.beat_lost.val() {
                    self.late_discarded.next = true;
                } else if self.slot_busy.val() & (self.slot_controller_cid.val() == self.cqe_cid.val()) {
                    // Retired: the completion goes to the host once, with the host's CID.
                    self.cqe_high_reg.d.next = (self.cqe_high_reg.q.val() & !self.cqe_cid_field.val())
                        | (bit_cast::<64, 16>(self.meta_data.val().cid) << self.shift_32.val());
                    self.busy_clear.next = self.slot_bit.val();
                    self.table_entry.next.outstanding = self.entry.q.val().outstanding - self.one_more_8.val();
                    self.table_entry.next.sq_head = self.cqe_high_reg.q.val().get_bits::<16>(0);
                    self.table_entry.next.completions = self.entry.q.val().completions + self.one_more_16.val();
                    if self.meta_data.val().admin_connect & self.cqe_status_ok.val() {
                        self.table_entry.next.controller_id = self.cqe_low_reg.q.val().get_bits::<16>(0);
                    }
                    self.table_write_enable.next = true;
                    self.entry.d.next = self.table_entry.val();
                    self.completion_delivered.next = true;
                    self.capsule_blocked.d.next = false;
                    self.wr_load.next = true;
                    if self.send_invalidate.val() {
                        self.wr_kind.next = self.kind_send_invalidate.val();
                    }
                    self.wr_rkey.next = self.invalidate.val();
                    self.resume.d.next = EngineStep::DrainCheck;
                    self.step.d.next = EngineStep::WrIssue;
                } else {
                    // Exactly once: a completion for a command not outstanding never reaches a host.
                    self.cqe_unknown_cid.next = true;
                }
                if !self.message_ended.val() {
                    self.skip.next = self.message_src_bit.val();
                }
            }
            EngineStep::WrIssue => {
                if self.wr_finished.val() {
                    self.step.d.next = self.resume.q.val();
                }
            }
            EngineStep::DrainCheck => {
                self.step.d.next = EngineStep::Idle;
                if self.entry.q.val().draining & (self.entry.q.val().outstanding == self.no_outstanding.val()) {
                    self.step.d.next = EngineStep::DrainTakeover;
                }
            }
            EngineStep::DrainTakeover => {
                // Drained: the QP goes home with nothing to replay.
                if self.emit_idle.val() {
                    self.table_entry.next.controller = self.entry.q.val().home;
                    self.table_entry.next.draining = false;
                    self.table_write_enable.next = true;
                    self.issue.next = true;
                    self.issue_controller.next = self.entry.q.val().home;
                    self.issue_header.next = self.type_takeover.val() | (bit_cast::<64, QP_BITS>(self.qp_reg.q.val()) << self.shift_16.val());
                    self.issue_next.next = EmitStep::Payload;
                    self.step.d.next = EngineStep::Idle;
                }
            }
            EngineStep::Sweeping => {
                self.busy_clear.next = self.sweep_busy_clear.val();
                if self.sweep_path_error.val() {
                    // No controller left: the slot's command completes with a path error.
                    self.path_error_sent.next = true;
                    self.qp_reg.d.next = self.sweep_qp.val();
                    self.cqe_low_reg.d.next = self.cqe_low_empty.val();
                    self.cqe_high_reg.d.next = self.sweep_path_error_high.val();
                    self.wr_load.next = true;
                    self.wr_caused.next = false;
                    self.resume.d.next = EngineStep::Sweeping;
                    self.step.d.next = EngineStep::WrIssue;
                }
                if self.sweep_paused.val() {
                    // A fail sweep waiting for the emitter: take a controller's message meanwhile.
                    self.sweep_held.d.next = true;
                    self.serve_link.d.next = true;
                    self.step.d.next = EngineStep::Idle;
                }
                if self.sweep_done.val() {
                    self.capsule_blocked.d.next = false;
                    self.step.d.next = EngineStep::Idle;
                }
            }
            _ => {
                self.step.d.next = EngineStep::Clear;
            }
        }
        if self.take_header.val() {
            // A controller's message: the reader takes its header beat.
            self.qp_reg.d.next = self.offered_qp.val();
            self.prefer_link.d.next = false;
            self.step.d.next = EngineStep::Reading;
        }
        // A message taken no further: whatever of it is still to come is drained.
        if self.finish.val() {
            self.step.d.next = EngineStep::Idle;
            if !self.message_ended.val() {
                self.skip.next = self.message_src_bit.val();
            }
        }
        self.table_write_data.next = self.table_entry.val();
        if self.step.q.val() == EngineStep::Clear {
            self.table_write_data.next = self.cleared_entry.val();
        }
        if (self.step.q.val() == EngineStep::Idle) & self.cfg_valid.val() {
            self.table_write_data.next = self.cleared_entry.val();
            self.table_write_data.next.enabled = self.cfg_enable.val();
            self.table_write_data.next.controller = self.cfg_controller.val();
            self.table_write_data.next.home = self.cfg_controller.val();
        }
        self.busy_slots.d.next = (self.busy_slots.q.val() | self.busy_set.val()) & !self.busy_clear.val();
        if self.reset.val() {
            self.step.d.next = EngineStep::Clear;
            self.clear_qp.d.next = self.first_qp.val();
            self.busy_slots.d.next = self.no_slots.val();
            self.fence_sent_reg.d.next = self.no_controllers.val();
            self.capsule_blocked.d.next = false;
            self.sweep_held.d.next = false;
            self.serve_link.d.next = false;
        }
    }
}
