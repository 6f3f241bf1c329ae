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
//! Structure (this block holds the parts and wires them): the capsule receiver writes capsules
//! into their slots; one engine (`connector_engine.rs`) handles one event at a time — a QP
//! configuration, a capsule, a message from a controller, a request from the supervisor (they
//! wait in `supervisor_requests.rs`) — reading and writing the QP table in block RAM, and lends
//! the table, the slot metadata and the emitter to the sweeper for a sweep over the QP table
//! (failover, readmission, failback: `sweeper.rs`). Around it, a block each: the controller
//! intake (`controller_intake.rs`) offers the next message and consumes heartbeats and drained
//! links; the reader (`link_reader.rs`) reads and checks a message's header, descriptor and CQE;
//! the emitter (`link_emitter.rs`) sends link messages (header, then a capsule's words out of the
//! capsule buffer at one per cycle, or the host's READ data passed through); the work-request
//! issuer (`work_request_issuer.rs`) offers the engine's work requests to the requester, with
//! the mover (`write_mover.rs`) that passes an RDMA WRITE's data from its link beside the
//! engine; the READ table (`read_table.rs`) and the counter bank (`connector_counter_bank.rs`).
//! Three things keep a failover short: the engine never waits for a WRITE's data (the sweep starts at once), a sweep waiting for the emitter lets the engine
//! take a message (the new controller's answers to the first replays; WRITE data goes to the
//! mover), and heartbeats are consumed beside the engine (a backlog of them delays
//! nothing). When (`fenced` | !`link_up`) rises for a controller whose message is being taken,
//! the message is abandoned: a WRITE under way is closed with a payload of the wrong length, which
//! the requester refuses before any of it reaches a host (the replay on the other controller
//! writes that buffer), and the rest of the message is drained. A link that goes down frees the
//! emitter at once: its message is lost with the link.

use super::capsule_receiver::CapsuleReceiver;
use super::connector_counter_bank::ConnectorCounterBank;
use super::connector_engine::ConnectorEngine;
use super::controller_intake::ControllerIntake;
use super::link_emitter::LinkEmitter;
use super::link_reader::LinkReader;
use super::outstanding_slots::OutstandingSlots;
use super::qp_table::{QpTable, SlotMeta};
use super::read_table::ReadTable;
use super::supervisor_requests::SupervisorRequests;
use super::sweeper::{SweepKind, Sweeper};
use super::work_request_issuer::WorkRequestIssuer;
use crate::bundles::connector_counters::ConnectorCounters;
use crate::bundles::controller_links::{ControllerLinks, ToControllerOut};
use crate::bundles::link_message::{MessageBeatOut, NextMessageOut};
use crate::bundles::stream::{StreamIn, StreamOut};
use crate::bundles::work_request::{ReadDataIn, WorkRequestSource};
use rust_hdl::prelude::*;

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
    qp_table: QpTable<QP_BITS>,
    meta: RAM<SlotMeta, SLOT_ADDRESS_BITS>,
    buffer: RAM<Bits<64>, BUFFER_ADDRESS_BITS>,
    /// The supervisor's requests, waiting for the engine.
    requests: SupervisorRequests,
    engine: ConnectorEngine<QP_BITS, SLOT_BITS, SLOT_ADDRESS_BITS>,
    /// Which slots hold an outstanding command.
    slots: OutstandingSlots<QP_BITS, SLOT_BITS, SLOT_ADDRESS_BITS, SLOTS>,
    /// Work requests for the requester, and a WRITE's data beside the engine.
    issuer: WorkRequestIssuer<QP_BITS>,
    /// Failover, readmission and failback sweeps over the QP table.
    sweeper: Sweeper<QP_BITS, SLOT_BITS, SLOT_ADDRESS_BITS, SLOTS>,
    emitter: LinkEmitter<SLOT_WORD_BITS, SLOT_ADDRESS_BITS, BUFFER_ADDRESS_BITS>,
    /// The controller links' receive side: the next message, the engine's beats, draining.
    intake: ControllerIntake,
    /// Reads a controller's message: header, descriptor, CQE.
    reader: LinkReader<QP_BITS>,
    /// RDMA READs in flight: whose data goes back to which controller.
    read_table: ReadTable,
    /// Every counter of the connector, fed by event pulses from its parts.
    count: ConnectorCounterBank,
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
            qp_table: Default::default(),
            meta: Default::default(),
            buffer: Default::default(),
            requests: Default::default(),
            engine: Default::default(),
            slots: Default::default(),
            issuer: Default::default(),
            sweeper: Default::default(),
            emitter: Default::default(),
            intake: Default::default(),
            reader: Default::default(),
            read_table: Default::default(),
            count: Default::default(),
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
        clock!(self, clock, receiver, qp_table, slots, requests, engine, issuer, intake, reader, emitter, sweeper, read_table, count);
        // The capsule receiver and the capsule buffer it writes.
        self.receiver.reset.next = self.reset.val();
        self.receiver.s_axis_tdata.next = self.s_axis_tdata.val();
        self.receiver.s_axis_tkeep.next = self.s_axis_tkeep.val();
        self.receiver.s_axis_tlast.next = self.s_axis_tlast.val();
        self.receiver.s_axis_tvalid.next = self.s_axis_tvalid.val();
        self.receiver.s_axis_qp.next = self.s_axis_qp.val();
        self.receiver.s_axis_message_end.next = self.s_axis_message_end.val();
        self.s_axis_tready.next = self.receiver.s_axis_tready.val();
        self.receiver.busy.next = self.slots.busy.val();
        self.receiver.probe_qp.next = self.probe_qp.val();
        self.receiver.freed.next = self.slots.freed.val();
        self.probe_taken.next = self.receiver.probe_taken.val();
        self.receiver.capsule_ready.next = self.engine.capsule_ready.val();
        self.buffer.read_clock.next = self.clock.val();
        self.buffer.write_clock.next = self.clock.val();
        self.buffer.write_enable.next = self.receiver.buffer_write_enable.val();
        self.buffer.write_address.next = self.receiver.buffer_write_address.val();
        self.buffer.write_data.next = self.receiver.buffer_write_data.val();

        // A QP set up: the table writes its entry, and its slots are freed.
        self.qp_table.reset.next = self.reset.val();
        self.qp_table.cfg_take.next = self.engine.cfg_ready.val() & self.cfg_valid.val();
        self.qp_table.cfg_qp.next = self.cfg_qp.val();
        self.qp_table.cfg_enable.next = self.cfg_enable.val();
        self.qp_table.cfg_controller.next = self.cfg_controller.val();
        self.slots.reset.next = self.reset.val();
        self.slots.cfg_take.next = self.qp_table.cfg_take.val();
        self.slots.cfg_qp.next = self.cfg_qp.val();

        // The outstanding slots and the slot metadata, at the engine's slot (the sweeper
        // clears slots while it runs).
        self.slots.slot_address.next = self.engine.slot_address.val();
        self.slots.set.next = self.engine.slot_set.val();
        self.slots.clear.next = self.engine.slot_clear.val();
        self.slots.sweeping.next = self.engine.sweeping.val();
        self.slots.sweep_clear.next = self.sweeper.busy_clear.val();
        self.meta.read_clock.next = self.clock.val();
        self.meta.write_clock.next = self.clock.val();
        self.meta.write_enable.next = self.engine.meta_write_enable.val();
        self.meta.write_address.next = self.engine.slot_address.val();
        self.meta.write_data.next.cid = self.receiver.capsule_cid.val();
        self.meta.write_data.next.length = self.receiver.capsule_length.val();
        self.meta.write_data.next.admin_connect = self.receiver.capsule_admin_connect.val();

        // The supervisor's requests.
        self.requests.reset.next = self.reset.val();
        self.requests.fail_start.next = self.fail_start.val();
        self.requests.fence_request.next = self.fence_request.val();
        self.requests.readmit.next = self.readmit.val();
        self.requests.failback.next = self.failback.val();
        self.requests.free.next = self.engine.request_free.val();
        self.requests.emit_idle.next = self.emitter.idle.val();
        self.requests.fence_acked.next = self.reader.fence_acked.val();
        self.fence_acked.next = self.reader.fence_acked.val();

        // The engine, and what it reads of its parts.
        self.engine.reset.next = self.reset.val();
        self.engine.cfg_valid.next = self.cfg_valid.val();
        self.cfg_ready.next = self.engine.cfg_ready.val();
        self.engine.request_sweep.next = self.requests.sweep.val();
        self.engine.request_fence.next = self.requests.fence.val();
        self.engine.request_controller.next = self.requests.controller.val();
        self.engine.capsule_valid.next = self.receiver.capsule_valid.val();
        self.engine.capsule_qp.next = self.receiver.capsule_qp.val();
        self.engine.capsule_slot.next = self.receiver.capsule_slot.val();
        self.engine.capsule_cid.next = self.receiver.capsule_cid.val();
        self.engine.capsule_length.next = self.receiver.capsule_length.val();
        self.engine.table_clear_done.next = self.qp_table.clear_done.val();
        self.engine.table_data.next = self.qp_table.read_data.val();
        self.engine.meta_data.next = self.meta.read_data.val();
        self.engine.link_waiting.next = self.intake.waiting.val();
        self.engine.offered_qp.next = self.intake.offered.fields.val().get_bits::<QP_BITS>(0);
        self.engine.beat_data.next = self.intake.beat.data.val();
        self.engine.beat_lost.next = self.intake.beat.lost.val();
        self.engine.message_finished.next = self.reader.finished.val();
        self.engine.message_ended.next = self.reader.ended.val();
        self.engine.message_src.next = self.reader.src.val();
        self.engine.message_src_bit.next = self.reader.src_bit.val();
        self.engine.descriptor_read.next = self.reader.descriptor_read.val();
        self.engine.cqe_low_read.next = self.reader.cqe_low_read.val();
        self.engine.cqe_read.next = self.reader.cqe_read.val();
        self.engine.write_ok.next = self.reader.write_ok.val();
        self.engine.read_ok.next = self.reader.read_ok.val();
        self.engine.send_ok.next = self.reader.send_ok.val();
        self.engine.message_length.next = self.reader.length.val();
        self.engine.message_rkey.next = self.reader.rkey.val();
        self.engine.send_invalidate.next = self.reader.send_invalidate.val();
        self.engine.invalidate.next = self.reader.invalidate.val();
        self.engine.read_free.next = self.read_table.has_free.val();
        self.engine.read_next_tag.next = self.read_table.next_tag.val();
        self.engine.emit_idle.next = self.emitter.idle.val();
        self.engine.sweep_qp.next = self.sweeper.qp.val();
        self.engine.sweep_path_error.next = self.sweeper.path_error.val();
        self.engine.sweep_path_error_high.next = self.sweeper.path_error_high.val();
        self.engine.sweep_paused.next = self.sweeper.paused.val();
        self.engine.sweep_done.next = self.sweeper.done.val();
        self.engine.slot_busy.next = self.slots.slot_busy.val();
        self.engine.wr_finished.next = self.issuer.finished.val();

        // Work requests toward the requester, with a WRITE's data from its link.
        self.issuer.reset.next = self.reset.val();
        self.issuer.load.next = self.engine.wr_load.val();
        self.issuer.load_fields.next = self.engine.wr_fields.val();
        self.issuer.qp.next = self.engine.qp.val();
        self.issuer.va.next = self.reader.va.val();
        self.issuer.src.next = self.reader.src.val();
        self.issuer.cqe_low.next = self.engine.cqe_low.val();
        self.issuer.cqe_high.next = self.engine.cqe_high.val();
        self.work_from.next = self.issuer.work_from.val();
        self.work.valid.next = self.issuer.valid.val();
        self.issuer.ready.next = self.work.ready.val();
        self.work.qp.next = self.issuer.work_qp.val();
        self.work.kind.next = self.issuer.kind.val();
        self.work.length.next = self.issuer.length.val();
        self.work.va.next = self.issuer.work_va.val();
        self.work.rkey.next = self.issuer.rkey.val();
        self.work.tag.next = self.issuer.tag.val();
        StreamOut::link(&mut self.work.payload, &mut self.issuer.payload);
        self.issuer.from_a_tdata.next = self.links.from_a.tdata.val();
        self.issuer.from_a_tvalid.next = self.links.from_a.tvalid.val();
        self.issuer.from_a_tlast.next = self.links.from_a.tlast.val();
        self.issuer.from_b_tdata.next = self.links.from_b.tdata.val();
        self.issuer.from_b_tvalid.next = self.links.from_b.tvalid.val();
        self.issuer.from_b_tlast.next = self.links.from_b.tlast.val();
        self.issuer.available.next = self.available.val();

        // The controller links' receive side.
        self.intake.reset.next = self.reset.val();
        StreamIn::link(&mut self.links.from_a, &mut self.intake.from_a);
        StreamIn::link(&mut self.links.from_b, &mut self.intake.from_b);
        self.intake.link_up.next = self.link_up.val();
        self.intake.fenced.next = self.fenced.val();
        self.intake.available.next = self.available.val();
        self.heard.next = self.intake.heard.val();
        self.intake.take_header.next = self.engine.take_header.val();
        self.intake.mover_busy.next = self.issuer.mover_busy.val();
        self.intake.mover_src.next = self.issuer.mover_src.val();
        self.intake.mover_take.next = self.issuer.mover_take.val();
        self.intake.skip.next = self.engine.skip.val() | self.issuer.mover_skip.val() | self.reader.skip.val();

        // The reader of controller messages.
        self.reader.reset.next = self.reset.val();
        self.reader.take_header.next = self.engine.take_header.val();
        NextMessageOut::join(&mut self.intake.offered, &mut self.reader.offered);
        self.reader.read_cqe.next = self.engine.read_cqe.val();
        MessageBeatOut::join(&mut self.intake.beat, &mut self.reader.beat);
        self.reader.fenced.next = self.fenced.val();
        self.reader.fence_sent.next = self.requests.fence_sent.val();

        // The QP table, the slot metadata and the emitter: the engine's, or the sweeper's while
        // the engine lends them.
        self.qp_table.read_address.next = self.engine.table_read_address.val();
        self.qp_table.write_enable.next = self.engine.table_write_enable.val();
        self.qp_table.write_address.next = self.engine.table_write_address.val();
        self.qp_table.write_data.next = self.engine.table_write_data.val();
        self.meta.read_address.next = self.engine.slot_address.val();
        self.emitter.issue.next = self.engine.issue.val();
        self.emitter.issue_controller.next = self.engine.issue_controller.val();
        self.emitter.issue_header.next = self.engine.issue_header.val();
        self.emitter.issue_next.next = self.engine.issue_next.val();
        self.emitter.issue_fence.next = self.engine.issue_fence.val();
        self.emitter.issue_payload.next = self.engine.issue_payload.val();
        self.emitter.issue_slot.next = self.engine.slot_address.val();
        self.emitter.issue_length.next = self.engine.issue_length.val();
        if self.engine.sweeping.val() {
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

        // The emitter.
        self.emitter.reset.next = self.reset.val();
        self.emitter.link_up.next = self.link_up.val();
        self.emitter.fenced.next = self.fenced.val();
        self.emitter.available.next = self.available.val();
        ToControllerOut::link(&mut self.links.to_controller, &mut self.emitter.to_controller);
        ReadDataIn::link(&mut self.work.read, &mut self.emitter.read);
        self.buffer.read_address.next = self.emitter.buffer_address.val();
        self.emitter.buffer_data.next = self.buffer.read_data.val();

        // The sweeper.
        self.sweeper.reset.next = self.reset.val();
        self.sweeper.start.next = self.requests.sweep.val();
        self.sweeper.start_kind.next = self.requests.kind.val();
        self.sweeper.start_controller.next = self.requests.controller.val();
        self.sweeper.active.next = self.engine.sweeping.val();
        self.sweeper.link_waiting.next = self.intake.waiting.val();
        self.sweeper.available.next = self.available.val();
        self.sweeper.busy.next = self.slots.busy.val();
        self.sweeper.table_data.next = self.qp_table.read_data.val();
        self.sweeper.slot_cid.next = self.meta.read_data.val().cid;
        self.sweeper.slot_length.next = self.meta.read_data.val().length;
        self.sweeper.emit_idle.next = self.emitter.idle.val();

        // RDMA READs in flight: an entry records who asked (the message's link and tag); a
        // failed controller's are forgotten.
        self.read_table.reset.next = self.reset.val();
        self.read_table.allocate.next = self.engine.read_allocate.val();
        self.read_table.forget.next = self.requests.sweep.val() & (self.requests.kind.val() == SweepKind::Fail);
        self.read_table.controller.next = self.reader.src.val();
        if self.read_table.forget.val() {
            self.read_table.controller.next = self.requests.controller.val();
        }
        self.read_table.tag.next = self.reader.tag.val();
        self.read_table.lookup_index.next = self.emitter.read_table_address.val();
        self.emitter.read_table_entry.next = self.read_table.lookup_entry.val();
        self.emitter.read_live.next = self.read_table.live.val();
        self.read_table.retire.next = self.emitter.read_retire.val();

        // Counters: each part reports its own events.
        self.count.reset.next = self.reset.val();
        self.count.command_forwarded.next = self.engine.events.val().command_forwarded;
        self.count.completion_delivered.next = self.engine.events.val().completion_delivered;
        self.count.unknown_qp.next = self.engine.events.val().unknown_qp;
        self.count.wqe_unknown_qp.next = self.engine.events.val().wqe_unknown_qp | self.reader.wqe_unknown_qp.val();
        self.count.wqe_malformed.next = self.engine.events.val().wqe_malformed | self.reader.wqe_malformed.val();
        self.count.cqe_unknown_cid.next = self.engine.events.val().cqe_unknown_cid;
        self.count.wrong_link.next = self.engine.events.val().wrong_link;
        self.count.command_replayed.next = self.sweeper.command_replayed.val();
        self.count.late_discarded.next = self.engine.events.val().late_discarded | self.reader.late_discarded.val();
        self.count.takeover_acked.next = self.reader.takeover_acked.val();
        self.count.path_error_sent.next = self.engine.events.val().path_error_sent;
        self.count.slots_full.next = self.receiver.slots_full.val();
        self.count.malformed_capsule.next = self.receiver.malformed_capsule.val();
        self.count.capsule_too_long.next = self.receiver.capsule_too_long.val();
        self.count.read_data_unknown.next = self.emitter.read_data_unknown.val();
        self.count.write_truncated.next = self.issuer.write_truncated.val();
        ConnectorCounters::link(&mut self.counters, &mut self.count.counters);
    }
}
