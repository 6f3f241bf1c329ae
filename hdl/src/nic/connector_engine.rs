//! The connector's engine (docs/controller-link.md): one event at a time — a QP configuration, a
//! capsule, a controller's message, a request from the supervisor — reading and writing the QP
//! table and the slot metadata, handing link messages to the emitter and work requests to the
//! issuer. For a sweep (the supervisor's requests start it) it lends the sweeper the table, the
//! metadata, the slots and the emitter (`sweeping`); a fail sweep waiting for the emitter pauses,
//! and the engine takes one controller message meanwhile. The parts sit beside it in
//! `connector.rs`.

use super::link_emitter::EmitStep;
use super::qp_table::{QpEntry, SlotMeta, SQ_ENTRY_BITS};
use super::sweeper::path_error_status;
use super::work_request_issuer::WorkRequestFields;
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

/// The engine's events for the counter bank (each a one-cycle pulse).
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct EngineEvents {
    pub command_forwarded: Bit,
    pub completion_delivered: Bit,
    pub unknown_qp: Bit,
    pub wqe_unknown_qp: Bit,
    pub wqe_malformed: Bit,
    pub cqe_unknown_cid: Bit,
    pub wrong_link: Bit,
    pub late_discarded: Bit,
    pub path_error_sent: Bit,
}

#[derive(LogicBlock)]
pub struct ConnectorEngine<const QP_BITS: usize, const SLOT_BITS: usize, const SLOT_ADDRESS_BITS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// QP set-up, taken between events (`Connector`'s `cfg_*`).
    pub cfg_valid: Signal<In, Bit>,
    pub cfg_ready: Signal<Out, Bit>,
    /// The supervisor's requests: the engine is `request_free` (between events) to take one; a
    /// sweep starts, or a `FENCE` goes to `request_controller`.
    pub request_free: Signal<Out, Bit>,
    pub request_sweep: Signal<In, Bit>,
    pub request_fence: Signal<In, Bit>,
    pub request_controller: Signal<In, Bit>,
    /// The capsule receiver's next capsule, taken with `capsule_ready`.
    pub capsule_valid: Signal<In, Bit>,
    pub capsule_qp: Signal<In, Bits<QP_BITS>>,
    pub capsule_slot: Signal<In, Bits<SLOT_BITS>>,
    pub capsule_cid: Signal<In, Bits<16>>,
    pub capsule_length: Signal<In, Bits<16>>,
    pub capsule_ready: Signal<Out, Bit>,
    /// The addressed slot holds an outstanding command; the engine sets or clears it.
    pub slot_busy: Signal<In, Bit>,
    pub slot_set: Signal<Out, Bit>,
    pub slot_clear: Signal<Out, Bit>,
    /// The QP table (read data a cycle after its address; it clears itself after reset and
    /// writes a QP set up) and the slot metadata, addressed by the engine's QP and slot
    /// (`slot_address`); the metadata written is the receiver's capsule.
    pub table_clear_done: Signal<In, Bit>,
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
    /// The engine asks the reader for a SEND's CQE.
    pub read_cqe: Signal<Out, Bit>,
    /// RDMA READs in flight: a free entry (its tag), allocated.
    pub read_free: Signal<In, Bit>,
    pub read_next_tag: Signal<In, Bits<8>>,
    pub read_allocate: Signal<Out, Bit>,
    /// Link messages for the emitter (the slot is `slot_address`).
    pub emit_idle: Signal<In, Bit>,
    pub issue: Signal<Out, Bit>,
    pub issue_controller: Signal<Out, Bit>,
    pub issue_header: Signal<Out, Bits<64>>,
    pub issue_next: Signal<Out, EmitStep>,
    pub issue_fence: Signal<Out, Bit>,
    pub issue_payload: Signal<Out, Bits<64>>,
    pub issue_length: Signal<Out, Bits<16>>,
    /// The sweeper (started by `request_sweep`) is lent the table, the metadata, the emitter and
    /// the slots while `sweeping`; it reports a path error to send, a pause, its end.
    pub sweeping: Signal<Out, Bit>,
    pub sweep_qp: Signal<In, Bits<QP_BITS>>,
    pub sweep_path_error: Signal<In, Bit>,
    pub sweep_path_error_high: Signal<In, Bits<64>>,
    pub sweep_paused: Signal<In, Bit>,
    pub sweep_done: Signal<In, Bit>,
    /// A work request for the issuer (`wr_load`), with the engine's QP and CQE registers; it
    /// reports `wr_finished`.
    pub wr_load: Signal<Out, Bit>,
    pub wr_fields: Signal<Out, WorkRequestFields>,
    pub wr_finished: Signal<In, Bit>,
    pub qp: Signal<Out, Bits<QP_BITS>>,
    pub cqe_low: Signal<Out, Bits<64>>,
    pub cqe_high: Signal<Out, Bits<64>>,
    pub events: Signal<Out, EngineEvents>,
    step: DFF<EngineStep>,
    resume: DFF<EngineStep>,
    qp_reg: DFF<Bits<QP_BITS>>,
    slot: DFF<Bits<SLOT_BITS>>,
    entry: DFF<QpEntry>,
    cqe_low_reg: DFF<Bits<64>>,
    cqe_high_reg: DFF<Bits<64>>,
    /// The sweep is paused; the engine has just paused it (take the message before resuming).
    sweep_held: DFF<Bit>,
    serve_link: DFF<Bit>,
    /// A capsule waits for its draining QP: take messages until a completion or a sweep.
    capsule_blocked: DFF<Bit>,
    prefer_link: DFF<Bit>,
    pick_link: Signal<Local, Bit>,
    capsule_ok: Signal<Local, Bit>,
    finish: Signal<Local, Bit>,
    table_entry: Signal<Local, QpEntry>,
    /// The CID in a controller's CQE; the CID a controller knows a command by (as a capsule
    /// comes, and as its slot is read).
    cqe_cid: Signal<Local, Bits<16>>,
    capsule_controller_cid: Signal<Local, Bits<16>>,
    slot_controller_cid: Signal<Local, Bits<16>>,
    cqe_status_ok: Signal<Local, Bit>,
    slot_shift: Constant<Bits<SLOT_ADDRESS_BITS>>,
    no_controllers: Constant<Bits<2>>,
    type_command: Constant<Bits<64>>,
    type_takeover: Constant<Bits<64>>,
    type_fence: Constant<Bits<64>>,
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
    /// A completion's SEND: what a work request is unless a step says otherwise.
    completion_send: Constant<WorkRequestFields>,
    no_events: Constant<EngineEvents>,
    shift_16: Constant<Bits<64>>,
    shift_32: Constant<Bits<64>>,
    shift_48: Constant<Bits<64>>,
    one_more_16: Constant<Bits<16>>,
    one_more_8: Constant<Bits<8>>,
    no_outstanding: Constant<Bits<8>>,
    sq_step: Constant<Bits<SQ_ENTRY_BITS>>,
}

impl<const QP_BITS: usize, const SLOT_BITS: usize, const SLOT_ADDRESS_BITS: usize> Default
    for ConnectorEngine<QP_BITS, SLOT_BITS, SLOT_ADDRESS_BITS>
{
    fn default() -> Self {
        assert!(QP_BITS <= 16 && SLOT_BITS <= 5, "QP numbers fit the link header; slots fit a QP entry's count");
        Self {
            clock: Default::default(),
            reset: Default::default(),
            cfg_valid: Default::default(),
            cfg_ready: Default::default(),
            request_free: Default::default(),
            request_sweep: Default::default(),
            request_fence: Default::default(),
            request_controller: Default::default(),
            capsule_valid: Default::default(),
            capsule_qp: Default::default(),
            capsule_slot: Default::default(),
            capsule_cid: Default::default(),
            capsule_length: Default::default(),
            capsule_ready: Default::default(),
            slot_set: Default::default(),
            slot_clear: Default::default(),
            table_clear_done: Default::default(),
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
            read_cqe: Default::default(),
            read_free: Default::default(),
            read_next_tag: Default::default(),
            read_allocate: Default::default(),
            emit_idle: Default::default(),
            issue: Default::default(),
            issue_controller: Default::default(),
            issue_header: Default::default(),
            issue_next: Default::default(),
            issue_fence: Default::default(),
            issue_payload: Default::default(),
            issue_length: Default::default(),
            sweeping: Default::default(),
            sweep_qp: Default::default(),
            sweep_path_error: Default::default(),
            sweep_path_error_high: Default::default(),
            sweep_paused: Default::default(),
            sweep_done: Default::default(),
            wr_load: Default::default(),
            wr_fields: Default::default(),
            wr_finished: Default::default(),
            qp: Default::default(),
            cqe_low: Default::default(),
            cqe_high: Default::default(),
            events: Default::default(),
            step: Default::default(),
            resume: Default::default(),
            qp_reg: Default::default(),
            slot: Default::default(),
            entry: Default::default(),
            cqe_low_reg: Default::default(),
            cqe_high_reg: Default::default(),
            sweep_held: Default::default(),
            serve_link: Default::default(),
            capsule_blocked: Default::default(),
            prefer_link: Default::default(),
            pick_link: Default::default(),
            capsule_ok: Default::default(),
            finish: Default::default(),
            table_entry: Default::default(),
            slot_busy: Default::default(),
            cqe_cid: Default::default(),
            capsule_controller_cid: Default::default(),
            slot_controller_cid: Default::default(),
            cqe_status_ok: Default::default(),
            slot_shift: constant(SLOT_BITS as u64),
            no_controllers: constant(0),
            type_command: constant(MessageType::Command as u64),
            type_takeover: constant(MessageType::Takeover as u64 | (TAKEOVER_BYTES as u64) << 32),
            type_fence: constant(MessageType::Fence as u64),
            kind_send_invalidate: constant(WrKind::SendInvalidate.code() as u64),
            kind_write: constant(WrKind::Write.code() as u64),
            kind_read: constant(WrKind::Read.code() as u64),
            path_error_status: constant((path_error_status() as u64) << 48),
            status_mask: constant(0x0FFE),
            status_success: constant(0),
            cid_above_slot: constant(0xFFFF & !((1u64 << SLOT_BITS) - 1)),
            cqe_cid_field: constant(0xFFFF << 32),
            cqe_low_empty: constant(0),
            completion_send: Constant::new(WorkRequestFields {
                kind: (WrKind::Send.code() as u64).to_bits(),
                length: (CQE_BYTES as u64).to_bits(),
                rkey: 0u64.to_bits(),
                tag: 0u64.to_bits(),
                caused: true,
            }),
            no_events: Constant::new(EngineEvents::default()),
            shift_16: constant(16),
            shift_32: constant(32),
            shift_48: constant(48),
            one_more_16: constant(1),
            one_more_8: constant(1),
            no_outstanding: constant(0),
            sq_step: constant(1),
        }
    }
}

impl<const QP_BITS: usize, const SLOT_BITS: usize, const SLOT_ADDRESS_BITS: usize> Logic
    for ConnectorEngine<QP_BITS, SLOT_BITS, SLOT_ADDRESS_BITS>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, step, resume, qp_reg, slot, entry, cqe_low_reg, cqe_high_reg, sweep_held, serve_link,
            capsule_blocked, prefer_link
        );
        self.qp.next = self.qp_reg.q.val();
        self.cqe_low.next = self.cqe_low_reg.q.val();
        self.cqe_high.next = self.cqe_high_reg.q.val();
        self.sweeping.next = self.step.q.val() == EngineStep::Sweeping;
        self.capsule_ready.next = false;

        // The engine's QP and slot address the QP table and the slot metadata; what a step writes
        // is `table_entry`.
        self.slot_address.next =
            (bit_cast::<SLOT_ADDRESS_BITS, QP_BITS>(self.qp_reg.q.val()) << self.slot_shift.val()) | bit_cast::<SLOT_ADDRESS_BITS, SLOT_BITS>(self.slot.q.val());
        self.table_read_address.next = self.qp_reg.q.val();
        self.table_write_enable.next = false;
        self.table_write_address.next = self.qp_reg.q.val();
        self.table_entry.next = self.entry.q.val();
        self.meta_write_enable.next = false;
        self.slot_set.next = false;
        self.slot_clear.next = false;
        self.cqe_cid.next = self.cqe_high_reg.q.val().get_bits::<16>(32);
        // The CID a controller knows a command by: its slot under the host CID's upper bits
        // (Linux keeps a generation count there, so a stale completion still does not match).
        self.capsule_controller_cid.next =
            (self.capsule_cid.val() & self.cid_above_slot.val()) | bit_cast::<16, SLOT_BITS>(self.capsule_slot.val());
        self.slot_controller_cid.next = (self.meta_data.val().cid & self.cid_above_slot.val()) | bit_cast::<16, SLOT_BITS>(self.slot.q.val());
        self.cqe_status_ok.next = (self.cqe_high_reg.q.val().get_bits::<16>(48) & self.status_mask.val()) == self.status_success.val();

        self.finish.next = false;
        self.read_cqe.next = false;
        self.skip.next = self.no_controllers.val();
        self.capsule_ok.next = self.capsule_valid.val() & !self.capsule_blocked.q.val();
        self.pick_link.next = self.link_waiting.val() & (!self.capsule_ok.val() | self.prefer_link.q.val());
        self.take_header.next = false;
        self.read_allocate.next = false;

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
        self.wr_fields.next = self.completion_send.val();
        // Configuration is taken whenever the engine is between events.
        self.cfg_ready.next = (self.step.q.val() == EngineStep::Idle) & !self.sweep_held.q.val();
        self.request_free.next = self.cfg_ready.val() & !self.cfg_valid.val();
        self.events.next = self.no_events.val();

        match self.step.q.val() {
            EngineStep::Clear => {
                if self.table_clear_done.val() {
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
                    // A QP set up (or off): the table and the slots take it (`connector.rs`).
                } else if self.request_sweep.val() {
                    self.step.d.next = EngineStep::Sweeping;
                } else if self.request_fence.val() {
                    // A returning controller is fenced before it takes QPs again.
                    self.issue.next = true;
                    self.issue_controller.next = self.request_controller.val();
                    self.issue_header.next = self.type_fence.val();
                    self.issue_next.next = EmitStep::Idle;
                    self.issue_fence.next = true;
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
                    self.events.next.unknown_qp = true;
                    self.capsule_ready.next = true;
                    self.step.d.next = EngineStep::Idle;
                } else if self.table_data.val().draining {
                    // It waits until the QP has gone home.
                    self.capsule_blocked.d.next = true;
                    self.step.d.next = EngineStep::Idle;
                } else if self.table_data.val().no_path {
                    self.table_entry.next.sq_tail = self.table_data.val().sq_tail + self.sq_step.val();
                    self.table_write_enable.next = true;
                    self.events.next.path_error_sent = true;
                    self.capsule_ready.next = true;
                    self.cqe_low_reg.d.next = self.cqe_low_empty.val();
                    self.cqe_high_reg.d.next = bit_cast::<64, SQ_ENTRY_BITS>(self.table_entry.val().sq_tail)
                        | (bit_cast::<64, 16>(self.capsule_cid.val()) << self.shift_32.val())
                        | self.path_error_status.val();
                    self.wr_load.next = true;
                    self.wr_fields.next.caused = false;
                    self.resume.d.next = EngineStep::Idle;
                    self.step.d.next = EngineStep::WrIssue;
                } else if self.emit_idle.val() {
                    // Forwarded: outstanding in its slot until its completion.
                    self.slot_set.next = true;
                    self.meta_write_enable.next = true;
                    self.table_entry.next.sq_tail = self.table_data.val().sq_tail + self.sq_step.val();
                    self.table_entry.next.outstanding = self.table_data.val().outstanding + self.one_more_8.val();
                    self.table_entry.next.commands = self.table_data.val().commands + self.one_more_16.val();
                    self.table_write_enable.next = true;
                    self.issue.next = true;
                    self.issue_controller.next = self.table_data.val().controller;
                    self.events.next.command_forwarded = true;
                    self.capsule_ready.next = true;
                    self.step.d.next = EngineStep::Idle;
                }
            }
            EngineStep::Reading => {
                if self.message_finished.val() {
                    self.step.d.next = EngineStep::Idle;
                }
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
                self.wr_fields.next.length = self.message_length.val();
                self.wr_fields.next.rkey = self.message_rkey.val();
                self.resume.d.next = EngineStep::Idle;
                if self.beat_lost.val() {
                    self.events.next.late_discarded = true;
                    self.finish.next = true;
                } else if !self.table_data.val().enabled {
                    self.events.next.wqe_unknown_qp = true;
                    self.finish.next = true;
                } else if (self.table_data.val().controller != self.message_src.val()) | self.table_data.val().no_path {
                    // Only the bound controller may act for a QP.
                    self.events.next.wrong_link = true;
                    self.finish.next = true;
                } else if self.write_ok.val() {
                    self.wr_load.next = true;
                    self.wr_fields.next.kind = self.kind_write.val();
                    self.step.d.next = EngineStep::WrIssue;
                } else if self.read_ok.val() {
                    // Waits here for a free READ entry.
                    if self.read_free.val() {
                        self.read_allocate.next = true;
                        self.wr_load.next = true;
                        self.wr_fields.next.kind = self.kind_read.val();
                        self.wr_fields.next.tag = self.read_next_tag.val();
                        self.step.d.next = EngineStep::WrIssue;
                    }
                } else if self.send_ok.val() {
                    self.read_cqe.next = true;
                    self.step.d.next = EngineStep::Reading;
                } else {
                    self.events.next.wqe_malformed = true;
                    self.finish.next = true;
                }
            }
            EngineStep::CqeLoad => {
                self.step.d.next = EngineStep::CqeDecide;
            }
            EngineStep::CqeDecide => {
                self.step.d.next = EngineStep::Idle;
                if self.beat_lost.val() {
                    self.events.next.late_discarded = true;
                } else if self.slot_busy.val() & (self.slot_controller_cid.val() == self.cqe_cid.val()) {
                    // Retired: the completion goes to the host once, with the host's CID.
                    self.cqe_high_reg.d.next = (self.cqe_high_reg.q.val() & !self.cqe_cid_field.val())
                        | (bit_cast::<64, 16>(self.meta_data.val().cid) << self.shift_32.val());
                    self.slot_clear.next = true;
                    self.table_entry.next.outstanding = self.entry.q.val().outstanding - self.one_more_8.val();
                    self.table_entry.next.sq_head = self.cqe_high_reg.q.val().get_bits::<16>(0);
                    self.table_entry.next.completions = self.entry.q.val().completions + self.one_more_16.val();
                    if self.meta_data.val().admin_connect & self.cqe_status_ok.val() {
                        self.table_entry.next.controller_id = self.cqe_low_reg.q.val().get_bits::<16>(0);
                    }
                    self.table_write_enable.next = true;
                    self.entry.d.next = self.table_entry.val();
                    self.events.next.completion_delivered = true;
                    self.capsule_blocked.d.next = false;
                    self.wr_load.next = true;
                    if self.send_invalidate.val() {
                        self.wr_fields.next.kind = self.kind_send_invalidate.val();
                    }
                    self.wr_fields.next.rkey = self.invalidate.val();
                    self.resume.d.next = EngineStep::DrainCheck;
                    self.step.d.next = EngineStep::WrIssue;
                } else {
                    // Exactly once: a completion for a command not outstanding never reaches a host.
                    self.events.next.cqe_unknown_cid = true;
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
                if self.sweep_path_error.val() {
                    // No controller left: the slot's command completes with a path error.
                    self.events.next.path_error_sent = true;
                    self.qp_reg.d.next = self.sweep_qp.val();
                    self.cqe_low_reg.d.next = self.cqe_low_empty.val();
                    self.cqe_high_reg.d.next = self.sweep_path_error_high.val();
                    self.wr_load.next = true;
                    self.wr_fields.next.caused = false;
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
        if self.reset.val() {
            self.step.d.next = EngineStep::Clear;
            self.capsule_blocked.d.next = false;
            self.sweep_held.d.next = false;
            self.serve_link.d.next = false;
        }
    }
}
