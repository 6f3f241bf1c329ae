//! A shared connector (docs/controller-link.md): between the host side of some QPs and the links to
//! controllers A and B. It forwards each command capsule to the QP's bound controller as `CMD`
//! under the controller's CID (its slot under the host CID's upper bits), keeps it until its
//! completion, turns the controller's `WQE`s into work requests for the RC requester (RDMA WRITE
//! with data, RDMA READ whose data goes back as `READ_DATA`, SEND of a CQE that retires its
//! command, with the host's CID put back), and carries out failover: rebinding the failed controller's QPs
//! with `TAKEOVER` and replaying their outstanding commands, or completing them with a path error
//! when no controller is left; fencing a returning controller; failing back on command. The
//! behaviour is the connector model's (`sim/src/nvme/connector.rs`); docs/controller-link.md.
//!
//! Structure: the capsule receiver writes capsules into their slots; one engine (this block)
//! handles one event at a time — a QP configuration, a capsule, a message from a controller —
//! reading and writing the QP table in block RAM, and lends the table, the slot metadata and the
//! emitter to the sweeper for a sweep over the QP table (failover, readmission, failback:
//! `sweeper.rs`). Around it, a block each: the controller intake (`controller_intake.rs`) offers
//! the next message and consumes heartbeats and drained links; the reader (`link_reader.rs`) reads
//! and checks a message's header, descriptor and CQE; the emitter (`link_emitter.rs`) sends link
//! messages (header, then a capsule's words out of the capsule buffer at one per cycle, or the
//! host's READ data passed through); the mover (`write_mover.rs`) passes an RDMA WRITE's data from
//! its link to the requester beside the engine; the READ table (`read_table.rs`) and the counter
//! bank (`connector_counter_bank.rs`). Three things keep a failover short: the engine never waits
//! for a WRITE's data (the sweep starts at once), a sweep waiting for the emitter lets the engine
//! take a message (the new controller's answers to the first replays; WRITE data goes to the
//! mover), and heartbeats are consumed beside the engine (a backlog of them delays
//! nothing). When (`fenced` | !`link_up`) rises for a controller whose message is being taken,
//! the message is abandoned: a WRITE under way is closed with a payload of the wrong length, which
//! the requester refuses before any of it reaches a host (the replay on the other controller
//! writes that buffer), and the rest of the message is drained. A link that goes down frees the
//! emitter at once: its message is lost with the link.

use super::capsule_receiver::CapsuleReceiver;
use super::connector_counter_bank::ConnectorCounterBank;
use super::controller_intake::ControllerIntake;
use super::link_emitter::{EmitStep, LinkEmitter};
use super::link_reader::LinkReader;
use super::write_mover::WriteMover;
use crate::bundles::connector_counters::ConnectorCounters;
use crate::bundles::controller_links::{ControllerLinks, ToControllerOut};
use crate::bundles::link_message::{MessageBeatOut, NextMessageOut};
use crate::bundles::stream::StreamIn;
use crate::bundles::work_request::{ReadDataIn, WorkRequestSource};
use super::qp_table::{QpEntry, SlotMeta, SQ_ENTRY_BITS};
use super::read_table::ReadTable;
use super::sweeper::{path_error_status, SweepKind, Sweeper};
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
    /// A work request is offered to the requester; then its payload (a WRITE's, by the mover).
    WrIssue,
    CqeOut0,
    CqeOut1,
    /// After a retirement: a draining QP with nothing outstanding goes home.
    DrainCheck,
    DrainTakeover,
    /// A sweep runs (the sweeper's steps): the engine lends it the QP table, the slot metadata
    /// and the emitter.
    Sweeping,
}

#[derive(LogicBlock)]
pub struct Connector<
    const QP_BITS: usize,
    const SLOT_BITS: usize,
    const SLOT_WORD_BITS: usize,
    const SLOT_ADDRESS_BITS: usize,
    const BUFFER_ADDRESS_BITS: usize,
    const SLOTS: usize,
> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Packets of host SEND messages (command capsules) of this connector's QPs.
    pub s_axis_tdata: Signal<In, Bits<64>>,
    pub s_axis_tkeep: Signal<In, Bits<8>>,
    pub s_axis_tlast: Signal<In, Bit>,
    pub s_axis_tvalid: Signal<In, Bit>,
    pub s_axis_tready: Signal<Out, Bit>,
    pub s_axis_qp: Signal<In, Bits<QP_BITS>>,
    pub s_axis_message_end: Signal<In, Bit>,
    /// QP set-up (valid/ready; ready does not wait for valid): enabled or not, and its home
    /// controller; what the QP held is forgotten.
    pub cfg_valid: Signal<In, Bit>,
    pub cfg_ready: Signal<Out, Bit>,
    pub cfg_qp: Signal<In, Bits<QP_BITS>>,
    pub cfg_enable: Signal<In, Bit>,
    pub cfg_controller: Signal<In, Bit>,
    /// Per controller (bit 0 = A): its links are up; it is fenced (failed, not yet readmitted);
    /// it can take QPs (up and not fenced).
    pub link_up: Signal<In, Bits<2>>,
    pub fenced: Signal<In, Bits<2>>,
    pub available: Signal<In, Bits<2>>,
    /// One-cycle requests from the failover supervisor.
    pub fail_start: Signal<In, Bits<2>>,
    pub fence_request: Signal<In, Bits<2>>,
    pub readmit: Signal<In, Bits<2>>,
    pub failback: Signal<In, Bit>,
    /// A controller answered this connector's `FENCE`; a beat came from a controller; a work
    /// request caused by a controller went to the requester (one-cycle pulses).
    pub fence_acked: Signal<Out, Bits<2>>,
    pub heard: Signal<Out, Bits<2>>,
    pub work_from: Signal<Out, Bits<2>>,
    /// Messages from controllers A and B, and to them.
    pub links: ControllerLinks,
    /// Work requests for the RC requester, with a WRITE's payload; READ data comes back on
    /// `work.read`, each packet going on as one `READ_DATA` message.
    pub work: WorkRequestSource<QP_BITS>,
    pub counters: ConnectorCounters,
    /// The capsule receiver's slot probe (QP → every slot taken).
    pub probe_qp: Signal<In, Bits<QP_BITS>>,
    pub probe_taken: Signal<Out, Bit>,
    receiver: CapsuleReceiver<QP_BITS, SLOT_BITS, SLOT_WORD_BITS, SLOT_ADDRESS_BITS, BUFFER_ADDRESS_BITS, SLOTS>,
    qp_table: RAM<QpEntry, QP_BITS>,
    meta: RAM<SlotMeta, SLOT_ADDRESS_BITS>,
    buffer: RAM<Bits<64>, BUFFER_ADDRESS_BITS>,
    busy: DFF<Bits<SLOTS>>,
    // Engine.
    step: DFF<EngineStep>,
    resume: DFF<EngineStep>,
    qp: DFF<Bits<QP_BITS>>,
    slot: DFF<Bits<SLOT_BITS>>,
    entry: DFF<QpEntry>,
    cqe_low: DFF<Bits<64>>,
    cqe_high: DFF<Bits<64>>,
    /// An RDMA WRITE's data from its controller's link to the requester, beside the engine.
    mover: WriteMover,
    work_kind: DFF<Bits<2>>,
    work_length: DFF<Bits<16>>,
    work_tag: DFF<Bits<8>>,
    work_rkey: DFF<Bits<32>>,
    /// The work request is a controller's (not a path error made here).
    work_caused: DFF<Bit>,
    /// Failover, readmission and failback sweeps over the QP table.
    sweeper: Sweeper<QP_BITS, SLOT_BITS, SLOT_ADDRESS_BITS, SLOTS>,
    /// A failover sweep waiting for the emitter lets the engine take one controller message (the
    /// surviving controller's answers to the replays reach the host without waiting for the whole
    /// sweep).
    sweep_paused: DFF<Bit>,
    /// The engine has just paused the sweep: take the message before resuming.
    serve_link: DFF<Bit>,
    fail_pending: DFF<Bits<2>>,
    fence_pending: DFF<Bits<2>>,
    readmit_pending: DFF<Bits<2>>,
    failback_pending: DFF<Bit>,
    fence_sent: DFF<Bits<2>>,
    /// A capsule waits for its draining QP: take messages until a completion or a sweep.
    capsule_blocked: DFF<Bit>,
    prefer_link: DFF<Bit>,
    clear_qp: DFF<Bits<QP_BITS>>,
    emitter: LinkEmitter<SLOT_WORD_BITS, SLOT_ADDRESS_BITS, BUFFER_ADDRESS_BITS>,
    /// The controller links' receive side: the next message, the engine's beats, draining.
    intake: ControllerIntake,
    /// Reads a controller's message: header, descriptor, CQE.
    reader: LinkReader<QP_BITS>,
    /// RDMA READs in flight: whose data goes back to which controller.
    read_table: ReadTable,
    /// Every counter of the connector, fed by event pulses from its parts.
    count: ConnectorCounterBank,
    // Engine locals.
    pick_link: Signal<Local, Bit>,
    /// Idle takes the header beat of the message the intake picked.
    take_header: Signal<Local, Bit>,
    /// The engine asks the reader for a SEND's CQE.
    read_cqe: Signal<Local, Bit>,
    /// The engine hands a WRITE's data to the mover.
    mover_start: Signal<Local, Bit>,
    capsule_ok: Signal<Local, Bit>,
    pending_bit: Signal<Local, Bits<2>>,
    finish: Signal<Local, Bit>,
    skip_set: Signal<Local, Bits<2>>,
    table_entry: Signal<Local, QpEntry>,
    slot_address: Signal<Local, Bits<SLOT_ADDRESS_BITS>>,
    slot_bit: Signal<Local, Bits<SLOTS>>,
    slot_busy: Signal<Local, Bit>,
    qp_slots: Signal<Local, Bits<SLOTS>>,
    busy_set: Signal<Local, Bits<SLOTS>>,
    busy_clear: Signal<Local, Bits<SLOTS>>,
    issue: Signal<Local, Bit>,
    issue_controller: Signal<Local, Bit>,
    issue_header: Signal<Local, Bits<64>>,
    issue_next: Signal<Local, EmitStep>,
    issue_fence: Signal<Local, Bit>,
    issue_payload: Signal<Local, Bits<64>>,
    issue_length: Signal<Local, Bits<16>>,
    emit_idle: Signal<Local, Bit>,
    /// The CID in a controller's CQE; the CID a controller knows a command by (as a capsule
    /// comes, and as its slot is read).
    cqe_cid: Signal<Local, Bits<16>>,
    capsule_controller_cid: Signal<Local, Bits<16>>,
    slot_controller_cid: Signal<Local, Bits<16>>,
    cqe_status_ok: Signal<Local, Bit>,
    // Constants.
    one_qp: Constant<Bits<QP_BITS>>,
    zero_qp: Constant<Bits<QP_BITS>>,
    last_qp: Constant<Bits<QP_BITS>>,
    slot_shift: Constant<Bits<SLOT_ADDRESS_BITS>>,
    slot_shift_wide: Constant<Bits<SLOTS>>,
    slot_mask_wide: Constant<Bits<SLOTS>>,
    one_slots: Constant<Bits<SLOTS>>,
    zero_slots: Constant<Bits<SLOTS>>,
    type_command: Constant<Bits<64>>,
    type_takeover: Constant<Bits<64>>,
    type_fence: Constant<Bits<64>>,
    kind_send: Constant<Bits<2>>,
    kind_send_invalidate: Constant<Bits<2>>,
    kind_write: Constant<Bits<2>>,
    kind_read: Constant<Bits<2>>,
    path_error_status: Constant<Bits<64>>,
    status_mask: Constant<Bits<16>>,
    /// CID bits above the slot index; the CID in a CQE's upper word and in an SQE's first word.
    cid_above_slot: Constant<Bits<16>>,
    cqe_cid_field: Constant<Bits<64>>,
    shift_16: Constant<Bits<64>>,
    shift_32: Constant<Bits<64>>,
    shift_48: Constant<Bits<64>>,
    cqe_bytes: Constant<Bits<16>>,
    bit_a: Constant<Bits<2>>,
    bit_b: Constant<Bits<2>>,
    zero_2: Constant<Bits<2>>,
    zero_32: Constant<Bits<32>>,
    zero_16: Constant<Bits<16>>,
    one_16: Constant<Bits<16>>,
    zero_64: Constant<Bits<64>>,
    one_8: Constant<Bits<8>>,
    zero_8: Constant<Bits<8>>,
    cleared_entry: Constant<QpEntry>,
    one_sq: Constant<Bits<SQ_ENTRY_BITS>>,
}


impl<
        const QP_BITS: usize,
        const SLOT_BITS: usize,
        const SLOT_WORD_BITS: usize,
        const SLOT_ADDRESS_BITS: usize,
        const BUFFER_ADDRESS_BITS: usize,
        const SLOTS: usize,
    > Default for Connector<QP_BITS, SLOT_BITS, SLOT_WORD_BITS, SLOT_ADDRESS_BITS, BUFFER_ADDRESS_BITS, SLOTS>
{
    fn default() -> Self {
        assert!(QP_BITS <= 16 && SLOT_BITS <= 5, "QP numbers fit the link header; slots fit a QP entry's count");
        Self {
            clock: Default::default(),
            reset: Default::default(),
            s_axis_tdata: Default::default(),
            s_axis_tkeep: Default::default(),
            s_axis_tlast: Default::default(),
            s_axis_tvalid: Default::default(),
            s_axis_tready: Default::default(),
            s_axis_qp: Default::default(),
            s_axis_message_end: Default::default(),
            cfg_valid: Default::default(),
            cfg_ready: Default::default(),
            cfg_qp: Default::default(),
            cfg_enable: Default::default(),
            cfg_controller: Default::default(),
            link_up: Default::default(),
            fenced: Default::default(),
            available: Default::default(),
            fail_start: Default::default(),
            fence_request: Default::default(),
            readmit: Default::default(),
            failback: Default::default(),
            fence_acked: Default::default(),
            heard: Default::default(),
            work_from: Default::default(),
            links: Default::default(),
            work: Default::default(),
            counters: Default::default(),
            probe_qp: Default::default(),
            probe_taken: Default::default(),
            receiver: Default::default(),
            mover: Default::default(),
            emitter: Default::default(),
            intake: Default::default(),
            reader: Default::default(),
            read_table: Default::default(),
            count: Default::default(),
            qp_table: Default::default(),
            meta: Default::default(),
            buffer: Default::default(),
            busy: Default::default(),
            step: Default::default(),
            resume: Default::default(),
            qp: Default::default(),
            slot: Default::default(),
            entry: Default::default(),
            cqe_low: Default::default(),
            cqe_high: Default::default(),
            work_kind: Default::default(),
            work_length: Default::default(),
            work_tag: Default::default(),
            work_rkey: Default::default(),
            work_caused: Default::default(),
            sweeper: Default::default(),
            sweep_paused: Default::default(),
            serve_link: Default::default(),
            fail_pending: Default::default(),
            fence_pending: Default::default(),
            readmit_pending: Default::default(),
            failback_pending: Default::default(),
            fence_sent: Default::default(),
            capsule_blocked: Default::default(),
            prefer_link: Default::default(),
            clear_qp: Default::default(),
            pick_link: Default::default(),
            take_header: Default::default(),
            read_cqe: Default::default(),
            mover_start: Default::default(),
            capsule_ok: Default::default(),
            pending_bit: Default::default(),
            finish: Default::default(),
            skip_set: Default::default(),
            table_entry: Default::default(),
            slot_address: Default::default(),
            slot_bit: Default::default(),
            slot_busy: Default::default(),
            qp_slots: Default::default(),
            busy_set: Default::default(),
            busy_clear: Default::default(),
            issue: Default::default(),
            issue_controller: Default::default(),
            issue_header: Default::default(),
            issue_next: Default::default(),
            issue_fence: Default::default(),
            issue_payload: Default::default(),
            issue_length: Default::default(),
            emit_idle: Default::default(),
            cqe_cid: Default::default(),
            capsule_controller_cid: Default::default(),
            slot_controller_cid: Default::default(),
            cqe_status_ok: Default::default(),
            one_qp: Constant::new(1u64.to_bits()),
            zero_qp: Constant::new(0u64.to_bits()),
            last_qp: Constant::new((((1u64 << QP_BITS) - 1) as u64).to_bits()),
            slot_shift: Constant::new((SLOT_BITS as u64).to_bits()),
            slot_shift_wide: Constant::new((SLOT_BITS as u64).to_bits()),
            slot_mask_wide: Constant::new((((1u64 << (1 << SLOT_BITS)) - 1) as u64).to_bits()),
            one_slots: Constant::new(1u64.to_bits()),
            zero_slots: Constant::new(0u64.to_bits()),
            type_command: Constant::new((MessageType::Command as u64).to_bits()),
            type_takeover: Constant::new(((MessageType::Takeover as u64 | (TAKEOVER_BYTES as u64) << 32) as u64).to_bits()),
            type_fence: Constant::new((MessageType::Fence as u64).to_bits()),
            kind_send: Constant::new((WrKind::Send.code() as u64).to_bits()),
            kind_send_invalidate: Constant::new((WrKind::SendInvalidate.code() as u64).to_bits()),
            kind_write: Constant::new((WrKind::Write.code() as u64).to_bits()),
            kind_read: Constant::new((WrKind::Read.code() as u64).to_bits()),
            path_error_status: Constant::new((((path_error_status() as u64) << 48) as u64).to_bits()),
            status_mask: Constant::new(0x0FFEu64.to_bits()),
            cid_above_slot: Constant::new((0xFFFFu64 & !((1u64 << SLOT_BITS) - 1)).to_bits()),
            cqe_cid_field: Constant::new((0xFFFFu64 << 32).to_bits()),
            shift_16: Constant::new(16u64.to_bits()),
            shift_32: Constant::new(32u64.to_bits()),
            shift_48: Constant::new(48u64.to_bits()),
            cqe_bytes: Constant::new((CQE_BYTES as u64).to_bits()),
            bit_a: Constant::new(1u64.to_bits()),
            bit_b: Constant::new(2u64.to_bits()),
            zero_2: Constant::new(0u64.to_bits()),
            zero_32: Constant::new(0u64.to_bits()),
            zero_16: Constant::new(0u64.to_bits()),
            one_16: Constant::new(1u64.to_bits()),
            zero_64: Constant::new(0u64.to_bits()),
            one_8: Constant::new(1u64.to_bits()),
            zero_8: Constant::new(0u64.to_bits()),
            cleared_entry: Constant::new(QpEntry::default()),
            one_sq: Constant::new(1u64.to_bits()),
        }
    }
}

impl<
        const QP_BITS: usize,
        const SLOT_BITS: usize,
        const SLOT_WORD_BITS: usize,
        const SLOT_ADDRESS_BITS: usize,
        const BUFFER_ADDRESS_BITS: usize,
        const SLOTS: usize,
    > Logic for Connector<QP_BITS, SLOT_BITS, SLOT_WORD_BITS, SLOT_ADDRESS_BITS, BUFFER_ADDRESS_BITS, SLOTS>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, busy, step, resume, qp, slot, entry, cqe_low, cqe_high, work_kind, work_length, work_tag,
            work_rkey, work_caused, sweep_paused, serve_link, fail_pending, fence_pending, readmit_pending,
            failback_pending, fence_sent, capsule_blocked, prefer_link, clear_qp
        );
        // The capsule receiver and the memories.
        self.receiver.clock.next = self.clock.val();
        self.receiver.reset.next = self.reset.val();
        self.receiver.s_axis_tdata.next = self.s_axis_tdata.val();
        self.receiver.s_axis_tkeep.next = self.s_axis_tkeep.val();
        self.receiver.s_axis_tlast.next = self.s_axis_tlast.val();
        self.receiver.s_axis_tvalid.next = self.s_axis_tvalid.val();
        self.receiver.s_axis_qp.next = self.s_axis_qp.val();
        self.receiver.s_axis_message_end.next = self.s_axis_message_end.val();
        self.s_axis_tready.next = self.receiver.s_axis_tready.val();
        self.receiver.busy.next = self.busy.q.val();
        self.receiver.probe_qp.next = self.probe_qp.val();
        self.receiver.freed.next = self.zero_slots.val();
        self.probe_taken.next = self.receiver.probe_taken.val();
        self.receiver.capsule_ready.next = false;
        self.qp_table.read_clock.next = self.clock.val();
        self.qp_table.write_clock.next = self.clock.val();
        self.meta.read_clock.next = self.clock.val();
        self.meta.write_clock.next = self.clock.val();
        self.buffer.read_clock.next = self.clock.val();
        self.buffer.write_clock.next = self.clock.val();
        self.buffer.write_enable.next = self.receiver.buffer_write_enable.val();
        self.buffer.write_address.next = self.receiver.buffer_write_address.val();
        self.buffer.write_data.next = self.receiver.buffer_write_data.val();

        // The engine's QP and slot address the QP table and the slot metadata; what a step writes
        // is `table_entry`.
        self.slot_address.next =
            (bit_cast::<SLOT_ADDRESS_BITS, QP_BITS>(self.qp.q.val()) << self.slot_shift.val()) | bit_cast::<SLOT_ADDRESS_BITS, SLOT_BITS>(self.slot.q.val());
        self.slot_bit.next = self.one_slots.val() << bit_cast::<SLOTS, SLOT_ADDRESS_BITS>(self.slot_address.val());
        self.slot_busy.next = (self.busy.q.val() & self.slot_bit.val()).any();
        self.qp_slots.next = self.slot_mask_wide.val() << (bit_cast::<SLOTS, QP_BITS>(self.cfg_qp.val()) << self.slot_shift_wide.val());
        self.qp_table.read_address.next = self.qp.q.val();
        self.qp_table.write_enable.next = false;
        self.qp_table.write_address.next = self.qp.q.val();
        self.table_entry.next = self.entry.q.val();
        self.meta.read_address.next = self.slot_address.val();
        self.meta.write_enable.next = false;
        self.meta.write_address.next = self.slot_address.val();
        self.meta.write_data.next.cid = self.receiver.capsule_cid.val();
        self.meta.write_data.next.length = self.receiver.capsule_length.val();
        self.meta.write_data.next.admin_connect = self.receiver.capsule_admin_connect.val();
        self.busy_set.next = self.zero_slots.val();
        self.busy_clear.next = self.zero_slots.val();
        self.cqe_cid.next = self.cqe_high.q.val().get_bits::<16>(32);
        // The CID a controller knows a command by: its slot under the host CID's upper bits
        // (Linux keeps a generation count there, so a stale completion still does not match).
        self.capsule_controller_cid.next =
            (self.receiver.capsule_cid.val() & self.cid_above_slot.val()) | bit_cast::<16, SLOT_BITS>(self.receiver.capsule_slot.val());
        self.slot_controller_cid.next = (self.meta.read_data.val().cid & self.cid_above_slot.val()) | bit_cast::<16, SLOT_BITS>(self.slot.q.val());
        self.cqe_status_ok.next = (self.cqe_high.q.val().get_bits::<16>(48) & self.status_mask.val()) == self.zero_16.val();

        self.finish.next = false;
        self.read_cqe.next = false;
        self.sweeper.start.next = false;
        self.sweeper.start_kind.next = SweepKind::Fail;
        self.skip_set.next = self.zero_2.val();
        self.capsule_ok.next = self.receiver.capsule_valid.val() & !self.capsule_blocked.q.val();
        self.pick_link.next = self.intake.waiting.val() & (!self.capsule_ok.val() | self.prefer_link.q.val());
        self.take_header.next = false;

        // Requests from the supervisor wait until the engine is free.
        self.fail_pending.d.next = self.fail_pending.q.val() | self.fail_start.val();
        self.fence_pending.d.next = self.fence_pending.q.val() | self.fence_request.val();
        self.readmit_pending.d.next = self.readmit_pending.q.val() | self.readmit.val();
        self.failback_pending.d.next = self.failback_pending.q.val() | self.failback.val();
        self.pending_bit.next = self.bit_b.val();
        if self.fail_pending.q.val().get_bit(0) {
            self.pending_bit.next = self.bit_a.val();
        }
        if !self.fail_pending.q.val().any() & self.fence_pending.q.val().get_bit(0) {
            self.pending_bit.next = self.bit_a.val();
        }
        if !self.fail_pending.q.val().any() & !self.fence_pending.q.val().any() & self.readmit_pending.q.val().get_bit(0) {
            self.pending_bit.next = self.bit_a.val();
        }
        self.sweeper.start_controller.next = self.pending_bit.val().get_bit(1);

        // RDMA READs in flight: a READ's entry records who asked (the engine's link, the tag).
        self.read_table.allocate.next = false;
        self.read_table.forget.next = false;
        self.read_table.controller.next = self.reader.src.val();
        self.read_table.tag.next = self.reader.tag.val();

        // Link messages the engine hands to the emitter.
        self.emit_idle.next = self.emitter.idle.val();
        self.issue.next = false;
        self.issue_controller.next = self.entry.q.val().controller;
        self.issue_header.next = self.type_command.val()
            | (bit_cast::<64, QP_BITS>(self.qp.q.val()) << self.shift_16.val())
            | (bit_cast::<64, 16>(self.receiver.capsule_length.val()) << self.shift_32.val())
            | (bit_cast::<64, 16>(self.capsule_controller_cid.val()) << self.shift_48.val());
        self.issue_next.next = EmitStep::Slot;
        self.issue_fence.next = false;
        self.issue_payload.next = bit_cast::<64, 16>(self.entry.q.val().controller_id)
            | (bit_cast::<64, SQ_ENTRY_BITS>(self.entry.q.val().sq_tail) << self.shift_16.val())
            | (bit_cast::<64, 8>(self.entry.q.val().outstanding) << self.shift_32.val());
        self.issue_length.next = self.receiver.capsule_length.val();

        // Work requests.
        self.work.valid.next = false;
        self.mover_start.next = false;
        self.work.qp.next = self.qp.q.val();
        self.work.kind.next = self.work_kind.q.val();
        self.work.length.next = self.work_length.q.val();
        self.work.va.next = self.reader.va.val();
        self.work.rkey.next = self.work_rkey.q.val();
        self.work.tag.next = self.work_tag.q.val();
        self.work.payload.tdata.next = self.cqe_low.q.val();
        self.work.payload.tlast.next = false;
        self.work.payload.tvalid.next = false;
        // Configuration is taken whenever the engine is between events.
        self.cfg_ready.next = (self.step.q.val() == EngineStep::Idle) & !self.sweep_paused.q.val();
        self.fence_acked.next = self.reader.fence_acked.val();
        self.work_from.next = self.zero_2.val();
        self.count.command_forwarded.next = false;
        self.count.completion_delivered.next = false;
        self.count.unknown_qp.next = false;
        self.count.wqe_unknown_qp.next = self.reader.wqe_unknown_qp.val();
        self.count.wqe_malformed.next = self.reader.wqe_malformed.val();
        self.count.cqe_unknown_cid.next = false;
        self.count.wrong_link.next = false;
        self.count.command_replayed.next = self.sweeper.command_replayed.val();
        self.count.late_discarded.next = self.reader.late_discarded.val();
        self.count.takeover_acked.next = self.reader.takeover_acked.val();
        self.count.path_error_sent.next = false;

        match self.step.q.val() {
            EngineStep::Clear => {
                self.qp_table.write_enable.next = true;
                self.qp_table.write_address.next = self.clear_qp.q.val();
                self.clear_qp.d.next = self.clear_qp.q.val() + self.one_qp.val();
                if self.clear_qp.q.val() == self.last_qp.val() {
                    self.step.d.next = EngineStep::Idle;
                }
            }
            EngineStep::Idle => {
                if self.sweep_paused.q.val() {
                    // A paused sweep: the message it paused for, then the sweep again.
                    self.serve_link.d.next = false;
                    if self.serve_link.q.val() & self.intake.waiting.val() {
                        self.take_header.next = true;
                    } else {
                        self.sweep_paused.d.next = false;
                        self.step.d.next = EngineStep::Sweeping;
                    }
                } else if self.cfg_valid.val() {
                    // A QP set up (or off): nothing outstanding, bound home.
                    self.qp_table.write_enable.next = true;
                    self.qp_table.write_address.next = self.cfg_qp.val();
                    self.busy_clear.next = self.qp_slots.val();
                    self.receiver.freed.next = self.qp_slots.val();
                } else if self.fail_pending.q.val().any() {
                    self.fail_pending.d.next = (self.fail_pending.q.val() & !self.pending_bit.val()) | self.fail_start.val();
                    self.sweeper.start.next = true;
                    // READs the failed controller asked for are answered to nobody.
                    self.read_table.forget.next = true;
                    self.read_table.controller.next = self.pending_bit.val().get_bit(1);
                    self.fence_sent.d.next = self.fence_sent.q.val() & !self.pending_bit.val();
                    self.step.d.next = EngineStep::Sweeping;
                } else if self.fence_pending.q.val().any() & self.emit_idle.val() {
                    self.fence_pending.d.next = (self.fence_pending.q.val() & !self.pending_bit.val()) | self.fence_request.val();
                    self.fence_sent.d.next = self.fence_sent.q.val() | self.pending_bit.val();
                    self.issue.next = true;
                    self.issue_controller.next = self.pending_bit.val().get_bit(1);
                    self.issue_header.next = self.type_fence.val();
                    self.issue_next.next = EmitStep::Idle;
                    self.issue_fence.next = true;
                } else if self.readmit_pending.q.val().any() & !self.fence_pending.q.val().any() {
                    self.readmit_pending.d.next = (self.readmit_pending.q.val() & !self.pending_bit.val()) | self.readmit.val();
                    self.sweeper.start.next = true;
                    self.sweeper.start_kind.next = SweepKind::Readmit;
                    self.step.d.next = EngineStep::Sweeping;
                } else if self.failback_pending.q.val() & !self.fence_pending.q.val().any() & !self.readmit_pending.q.val().any() {
                    self.failback_pending.d.next = self.failback.val();
                    self.sweeper.start.next = true;
                    self.sweeper.start_kind.next = SweepKind::Failback;
                    self.step.d.next = EngineStep::Sweeping;
                } else if self.pick_link.val() {
                    self.take_header.next = true;
                } else if self.capsule_ok.val() {
                    self.qp.d.next = self.receiver.capsule_qp.val();
                    self.slot.d.next = self.receiver.capsule_slot.val();
                    self.prefer_link.d.next = true;
                    self.step.d.next = EngineStep::CapsuleLoad;
                }
            }
            EngineStep::CapsuleLoad => {
                self.step.d.next = EngineStep::CapsuleDecide;
            }
            EngineStep::CapsuleDecide => {
                self.table_entry.next = self.qp_table.read_data.val();
                self.entry.d.next = self.qp_table.read_data.val();
                if !self.qp_table.read_data.val().enabled {
                    self.count.unknown_qp.next = true;
                    self.receiver.capsule_ready.next = true;
                    self.step.d.next = EngineStep::Idle;
                } else if self.qp_table.read_data.val().draining {
                    // It waits until the QP has gone home.
                    self.capsule_blocked.d.next = true;
                    self.step.d.next = EngineStep::Idle;
                } else if self.qp_table.read_data.val().no_path {
                    self.table_entry.next.sq_tail = self.qp_table.read_data.val().sq_tail + self.one_sq.val();
                    self.qp_table.write_enable.next = true;
                    self.count.path_error_sent.next = true;
                    self.receiver.capsule_ready.next = true;
                    self.cqe_low.d.next = self.zero_64.val();
                    self.cqe_high.d.next = bit_cast::<64, SQ_ENTRY_BITS>(self.table_entry.val().sq_tail)
                        | (bit_cast::<64, 16>(self.receiver.capsule_cid.val()) << self.shift_32.val())
                        | self.path_error_status.val();
                    self.work_kind.d.next = self.kind_send.val();
                    self.work_length.d.next = self.cqe_bytes.val();
                    self.work_rkey.d.next = self.zero_32.val();
                    self.work_caused.d.next = false;
                    self.resume.d.next = EngineStep::Idle;
                    self.step.d.next = EngineStep::WrIssue;
                } else if self.emit_idle.val() {
                    // Forwarded: outstanding in its slot until its completion.
                    self.busy_set.next = self.slot_bit.val();
                    self.meta.write_enable.next = true;
                    self.table_entry.next.sq_tail = self.qp_table.read_data.val().sq_tail + self.one_sq.val();
                    self.table_entry.next.outstanding = self.qp_table.read_data.val().outstanding + self.one_8.val();
                    self.table_entry.next.commands = self.qp_table.read_data.val().commands + self.one_16.val();
                    self.qp_table.write_enable.next = true;
                    self.issue.next = true;
                    self.issue_controller.next = self.qp_table.read_data.val().controller;
                    self.count.command_forwarded.next = true;
                    self.receiver.capsule_ready.next = true;
                    self.step.d.next = EngineStep::Idle;
                }
            }
            EngineStep::Reading => {
                if self.reader.finished.val() {
                    self.step.d.next = EngineStep::Idle;
                }
                self.fence_sent.d.next = self.fence_sent.q.val() & !self.reader.fence_acked.val();
                if self.reader.descriptor_read.val() {
                    self.step.d.next = EngineStep::WqeDecide;
                }
                if self.reader.cqe_low_read.val() {
                    self.cqe_low.d.next = self.intake.beat.data.val();
                }
                if self.reader.cqe_read.val() {
                    self.cqe_high.d.next = self.intake.beat.data.val();
                    self.slot.d.next = self.intake.beat.data.val().get_bits::<SLOT_BITS>(32);
                    self.step.d.next = EngineStep::CqeLoad;
                }
            }
            EngineStep::WqeDecide => {
                self.entry.d.next = self.qp_table.read_data.val();
                if self.intake.beat.lost.val() {
                    self.count.late_discarded.next = true;
                    self.finish.next = true;
                } else if !self.qp_table.read_data.val().enabled {
                    self.count.wqe_unknown_qp.next = true;
                    self.finish.next = true;
                } else if (self.qp_table.read_data.val().controller != self.reader.src.val()) | self.qp_table.read_data.val().no_path {
                    // Only the bound controller may act for a QP.
                    self.count.wrong_link.next = true;
                    self.finish.next = true;
                } else if self.reader.write_ok.val() {
                    self.work_kind.d.next = self.kind_write.val();
                    self.work_length.d.next = self.reader.length.val();
                    self.work_rkey.d.next = self.reader.rkey.val();
                    self.work_tag.d.next = self.zero_8.val();
                    self.work_caused.d.next = true;
                    self.resume.d.next = EngineStep::Idle;
                    self.step.d.next = EngineStep::WrIssue;
                } else if self.reader.read_ok.val() {
                    // Waits here for a free READ entry.
                    if self.read_table.has_free.val() {
                        self.read_table.allocate.next = true;
                        self.work_kind.d.next = self.kind_read.val();
                        self.work_length.d.next = self.reader.length.val();
                        self.work_rkey.d.next = self.reader.rkey.val();
                        self.work_tag.d.next = self.read_table.next_tag.val();
                        self.work_caused.d.next = true;
                        self.resume.d.next = EngineStep::Idle;
                        self.step.d.next = EngineStep::WrIssue;
                    }
                } else if self.reader.send_ok.val() {
                    self.read_cqe.next = true;
                    self.step.d.next = EngineStep::Reading;
                } else {
                    self.count.wqe_malformed.next = true;
                    self.finish.next = true;
                }
            }
            EngineStep::CqeLoad => {
                self.step.d.next = EngineStep::CqeDecide;
            }
            EngineStep::CqeDecide => {
                self.step.d.next = EngineStep::Idle;
                if self.intake.beat.lost.val() {
                    self.count.late_discarded.next = true;
                } else if self.slot_busy.val() & (self.slot_controller_cid.val() == self.cqe_cid.val()) {
                    // Retired: the completion goes to the host once, with the host's CID.
                    self.cqe_high.d.next = (self.cqe_high.q.val() & !self.cqe_cid_field.val())
                        | (bit_cast::<64, 16>(self.meta.read_data.val().cid) << self.shift_32.val());
                    self.busy_clear.next = self.slot_bit.val();
                    self.table_entry.next.outstanding = self.entry.q.val().outstanding - self.one_8.val();
                    self.table_entry.next.sq_head = self.cqe_high.q.val().get_bits::<16>(0);
                    self.table_entry.next.completions = self.entry.q.val().completions + self.one_16.val();
                    if self.meta.read_data.val().admin_connect & self.cqe_status_ok.val() {
                        self.table_entry.next.controller_id = self.cqe_low.q.val().get_bits::<16>(0);
                    }
                    self.qp_table.write_enable.next = true;
                    self.entry.d.next = self.table_entry.val();
                    self.count.completion_delivered.next = true;
                    self.capsule_blocked.d.next = false;
                    self.work_kind.d.next = self.kind_send.val();
                    if self.reader.send_invalidate.val() {
                        self.work_kind.d.next = self.kind_send_invalidate.val();
                    }
                    self.work_length.d.next = self.cqe_bytes.val();
                    self.work_rkey.d.next = self.reader.invalidate.val();
                    self.work_caused.d.next = true;
                    self.resume.d.next = EngineStep::DrainCheck;
                    self.step.d.next = EngineStep::WrIssue;
                } else {
                    // Exactly once: a completion for a command not outstanding never reaches a host.
                    self.count.cqe_unknown_cid.next = true;
                }
                if !self.reader.ended.val() {
                    self.skip_set.next = self.reader.src_bit.val();
                }
            }
            EngineStep::WrIssue => {
                // The previous WRITE's data goes first.
                self.work.valid.next = !self.mover.busy.val();
                if self.work.ready.val() & !self.mover.busy.val() {
                    if self.work_caused.q.val() {
                        self.work_from.next = self.reader.src_bit.val();
                    }
                    if self.work_kind.q.val() == self.kind_write.val() {
                        self.mover_start.next = true;
                        self.step.d.next = self.resume.q.val();
                    } else if self.work_kind.q.val() == self.kind_read.val() {
                        self.step.d.next = self.resume.q.val();
                    } else {
                        self.step.d.next = EngineStep::CqeOut0;
                    }
                }
            }
            EngineStep::CqeOut0 => {
                self.work.payload.tdata.next = self.cqe_low.q.val();
                self.work.payload.tvalid.next = true;
                if self.work.payload.tready.val() {
                    self.step.d.next = EngineStep::CqeOut1;
                }
            }
            EngineStep::CqeOut1 => {
                self.work.payload.tdata.next = self.cqe_high.q.val();
                self.work.payload.tvalid.next = true;
                self.work.payload.tlast.next = true;
                if self.work.payload.tready.val() {
                    self.step.d.next = self.resume.q.val();
                }
            }
            EngineStep::DrainCheck => {
                self.step.d.next = EngineStep::Idle;
                if self.entry.q.val().draining & (self.entry.q.val().outstanding == self.zero_8.val()) {
                    self.step.d.next = EngineStep::DrainTakeover;
                }
            }
            EngineStep::DrainTakeover => {
                // Drained: the QP goes home with nothing to replay.
                if self.emit_idle.val() {
                    self.table_entry.next.controller = self.entry.q.val().home;
                    self.table_entry.next.draining = false;
                    self.qp_table.write_enable.next = true;
                    self.issue.next = true;
                    self.issue_controller.next = self.entry.q.val().home;
                    self.issue_header.next = self.type_takeover.val() | (bit_cast::<64, QP_BITS>(self.qp.q.val()) << self.shift_16.val());
                    self.issue_next.next = EmitStep::Payload;
                    self.step.d.next = EngineStep::Idle;
                }
            }
            EngineStep::Sweeping => {
                self.busy_clear.next = self.sweeper.busy_clear.val();
                if self.sweeper.path_error.val() {
                    // No controller left: the slot's command completes with a path error.
                    self.count.path_error_sent.next = true;
                    self.qp.d.next = self.sweeper.qp.val();
                    self.cqe_low.d.next = self.zero_64.val();
                    self.cqe_high.d.next = self.sweeper.path_error_high.val();
                    self.work_kind.d.next = self.kind_send.val();
                    self.work_length.d.next = self.cqe_bytes.val();
                    self.work_rkey.d.next = self.zero_32.val();
                    self.work_caused.d.next = false;
                    self.resume.d.next = EngineStep::Sweeping;
                    self.step.d.next = EngineStep::WrIssue;
                }
                if self.sweeper.paused.val() {
                    // A fail sweep waiting for the emitter: take a controller's message meanwhile.
                    self.sweep_paused.d.next = true;
                    self.serve_link.d.next = true;
                    self.step.d.next = EngineStep::Idle;
                }
                if self.sweeper.done.val() {
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
            self.qp.d.next = self.intake.offered.fields.val().get_bits::<QP_BITS>(0);
            self.prefer_link.d.next = false;
            self.step.d.next = EngineStep::Reading;
        }
        // A message taken no further: whatever of it is still to come is drained.
        if self.finish.val() {
            self.step.d.next = EngineStep::Idle;
            if !self.reader.ended.val() {
                self.skip_set.next = self.reader.src_bit.val();
            }
        }
        self.qp_table.write_data.next = self.table_entry.val();
        if self.step.q.val() == EngineStep::Clear {
            self.qp_table.write_data.next = self.cleared_entry.val();
        }
        if (self.step.q.val() == EngineStep::Idle) & self.cfg_valid.val() {
            self.qp_table.write_data.next = self.cleared_entry.val();
            self.qp_table.write_data.next.enabled = self.cfg_enable.val();
            self.qp_table.write_data.next.controller = self.cfg_controller.val();
            self.qp_table.write_data.next.home = self.cfg_controller.val();
        }
        self.busy.d.next = (self.busy.q.val() | self.busy_set.val()) & !self.busy_clear.val();

        // The mover.
        self.mover.clock.next = self.clock.val();
        self.mover.reset.next = self.reset.val();
        self.mover.start.next = self.mover_start.val();
        self.mover.start_src.next = self.reader.src.val();
        self.mover.start_length.next = self.work_length.q.val();
        self.mover.from_a_tdata.next = self.links.from_a.tdata.val();
        self.mover.from_a_tvalid.next = self.links.from_a.tvalid.val();
        self.mover.from_a_tlast.next = self.links.from_a.tlast.val();
        self.mover.from_b_tdata.next = self.links.from_b.tdata.val();
        self.mover.from_b_tvalid.next = self.links.from_b.tvalid.val();
        self.mover.from_b_tlast.next = self.links.from_b.tlast.val();
        self.mover.available.next = self.available.val();
        self.mover.payload_tready.next = self.work.payload.tready.val();
        if self.mover.busy.val() {
            self.work.payload.tdata.next = self.mover.payload_tdata.val();
            self.work.payload.tlast.next = self.mover.payload_tlast.val();
            self.work.payload.tvalid.next = self.mover.payload_tvalid.val();
        }

        // The controller links' receive side.
        self.intake.clock.next = self.clock.val();
        self.intake.reset.next = self.reset.val();
        StreamIn::link(&mut self.links.from_a, &mut self.intake.from_a);
        StreamIn::link(&mut self.links.from_b, &mut self.intake.from_b);
        self.intake.link_up.next = self.link_up.val();
        self.intake.fenced.next = self.fenced.val();
        self.intake.available.next = self.available.val();
        self.heard.next = self.intake.heard.val();
        self.intake.take_header.next = self.take_header.val();
        self.intake.mover_busy.next = self.mover.busy.val();
        self.intake.mover_src.next = self.mover.src.val();
        self.intake.mover_take.next = self.mover.take.val();
        self.intake.skip.next = self.skip_set.val() | self.mover.skip.val() | self.reader.skip.val();

        // The reader of controller messages.
        self.reader.clock.next = self.clock.val();
        self.reader.reset.next = self.reset.val();
        self.reader.take_header.next = self.take_header.val();
        NextMessageOut::join(&mut self.intake.offered, &mut self.reader.offered);
        self.reader.read_cqe.next = self.read_cqe.val();
        MessageBeatOut::join(&mut self.intake.beat, &mut self.reader.beat);
        self.reader.fenced.next = self.fenced.val();
        self.reader.fence_sent.next = self.fence_sent.q.val();

        // The emitter.
        self.emitter.clock.next = self.clock.val();
        self.emitter.reset.next = self.reset.val();
        self.emitter.link_up.next = self.link_up.val();
        self.emitter.fenced.next = self.fenced.val();
        self.emitter.available.next = self.available.val();
        self.emitter.issue.next = self.issue.val();
        self.emitter.issue_controller.next = self.issue_controller.val();
        self.emitter.issue_header.next = self.issue_header.val();
        self.emitter.issue_next.next = self.issue_next.val();
        self.emitter.issue_fence.next = self.issue_fence.val();
        self.emitter.issue_payload.next = self.issue_payload.val();
        self.emitter.issue_slot.next = self.slot_address.val();
        self.emitter.issue_length.next = self.issue_length.val();
        ToControllerOut::link(&mut self.links.to_controller, &mut self.emitter.to_controller);
        ReadDataIn::link(&mut self.work.read, &mut self.emitter.read);
        self.buffer.read_address.next = self.emitter.buffer_address.val();
        self.emitter.buffer_data.next = self.buffer.read_data.val();
        // The sweeper, and what the engine lends it while it runs.
        self.sweeper.clock.next = self.clock.val();
        self.sweeper.reset.next = self.reset.val();
        self.sweeper.active.next = self.step.q.val() == EngineStep::Sweeping;
        self.sweeper.link_waiting.next = self.intake.waiting.val();
        self.sweeper.available.next = self.available.val();
        self.sweeper.busy.next = self.busy.q.val();
        self.sweeper.table_data.next = self.qp_table.read_data.val();
        self.sweeper.slot_cid.next = self.meta.read_data.val().cid;
        self.sweeper.slot_length.next = self.meta.read_data.val().length;
        self.sweeper.emit_idle.next = self.emitter.idle.val();
        if self.step.q.val() == EngineStep::Sweeping {
            self.qp_table.read_address.next = self.sweeper.qp.val();
            self.qp_table.write_enable.next = self.sweeper.table_write.val();
            self.qp_table.write_address.next = self.sweeper.qp.val();
            self.qp_table.write_data.next = self.sweeper.table_entry.val();
            self.meta.read_address.next = self.sweeper.slot_address.val();
            self.emitter.issue.next = self.sweeper.issue.val();
            self.emitter.issue_controller.next = self.sweeper.issue_controller.val();
            self.emitter.issue_header.next = self.sweeper.issue_header.val();
            self.emitter.issue_next.next = self.sweeper.issue_next.val();
            self.emitter.issue_fence.next = false;
            self.emitter.issue_payload.next = self.sweeper.issue_payload.val();
            self.emitter.issue_slot.next = self.sweeper.slot_address.val();
            self.emitter.issue_length.next = self.sweeper.issue_length.val();
        }
        self.read_table.clock.next = self.clock.val();
        self.read_table.reset.next = self.reset.val();
        self.read_table.lookup_index.next = self.emitter.read_table_address.val();
        self.emitter.read_table_entry.next = self.read_table.lookup_entry.val();
        self.emitter.read_live.next = self.read_table.live.val();
        self.read_table.retire.next = self.emitter.read_retire.val();

        // Counters: the engine's events are set above; the parts report their own.
        self.count.clock.next = self.clock.val();
        self.count.reset.next = self.reset.val();
        self.count.slots_full.next = self.receiver.slots_full.val();
        self.count.malformed_capsule.next = self.receiver.malformed_capsule.val();
        self.count.capsule_too_long.next = self.receiver.capsule_too_long.val();
        self.count.read_data_unknown.next = self.emitter.read_data_unknown.val();
        self.count.write_truncated.next = self.mover.write_truncated.val();
        ConnectorCounters::link(&mut self.counters, &mut self.count.counters);

        if self.reset.val() {
            self.step.d.next = EngineStep::Clear;
            self.clear_qp.d.next = self.zero_qp.val();
            self.busy.d.next = self.zero_slots.val();
            self.fail_pending.d.next = self.zero_2.val();
            self.fence_pending.d.next = self.zero_2.val();
            self.readmit_pending.d.next = self.zero_2.val();
            self.failback_pending.d.next = false;
            self.fence_sent.d.next = self.zero_2.val();
            self.capsule_blocked.d.next = false;
            self.sweep_paused.d.next = false;
            self.serve_link.d.next = false;
        }
    }
}
