//! The connector's sweeps over its QP table (docs/controller-link.md, "Sweeps"), one QP at a time,
//! on the supervisor's requests: *fail* rebinds the failed controller's QPs to the other one
//! (`TAKEOVER`, then every busy slot replayed as `CMD` + `REPLAY` from the capsule buffer) or,
//! with no controller left, completes their commands with path errors; *readmit* gives the QPs
//! without a path to the readmitted controller; *failback* sends QPs away from home back (idle
//! ones at once, busy ones drain first).
//!
//! The sweeper has its own QP, slot and entry, and runs while the engine lends it the QP table,
//! the slot metadata and the emitter (`active`). It hands the engine a path-error CQE to send and
//! waits; a fail sweep waiting for the emitter while a controller's message waits pauses for it,
//! then reads its QP's entry back (the message may have retired its commands) and goes on.

use super::link_emitter::EmitStep;
use super::qp_table::{QpEntry, SQ_ENTRY_BITS};
use crate::constant::constant;
use crate::link::message::{MessageType, FLAG_REPLAY, TAKEOVER_BYTES};
use crate::nvme::capsule::Status;
use rust_hdl::prelude::*;

/// The CQE status field of the path error sent when neither controller can serve a QP: Host
/// Pathing Error, DNR clear (multipath retries).
pub fn path_error_status() -> u16 {
    Status::HOST_PATHING_ERROR.field(false)
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum SweepKind {
    /// Rebind (or, with no controller left, complete with path errors) the failed controller's QPs.
    Fail,
    /// Give the QPs without a path to the controller just readmitted.
    Readmit,
    /// QPs away from home go home (drained first).
    Failback,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum SweepStep {
    Idle,
    Load,
    Decide,
    Takeover,
    SlotLoad,
    SlotAct,
    SlotNext,
    Write,
    Next,
    /// Paused: the QP's entry is read back, then the step it paused at.
    Resume,
    ResumeEntry,
}

#[derive(LogicBlock)]
pub struct Sweeper<const QP_BITS: usize, const SLOT_BITS: usize, const SLOT_ADDRESS_BITS: usize, const SLOTS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// Start a sweep of this kind for this controller (1 = B) from the first QP.
    pub start: Signal<In, Bit>,
    pub start_kind: Signal<In, SweepKind>,
    pub start_controller: Signal<In, Bit>,
    /// The engine lends the sweeper the table, the metadata and the emitter this cycle.
    pub active: Signal<In, Bit>,
    /// A controller's message waits; per controller (bit 0 = A): up and not fenced.
    pub link_waiting: Signal<In, Bit>,
    pub available: Signal<In, Bits<2>>,
    /// Slots holding a command; the table's read data, and the metadata's (the host's CID and
    /// the capsule's length); the emitter is free.
    pub busy: Signal<In, Bits<SLOTS>>,
    pub table_data: Signal<In, QpEntry>,
    pub slot_cid: Signal<In, Bits<16>>,
    pub slot_length: Signal<In, Bits<16>>,
    pub emit_idle: Signal<In, Bit>,
    /// The sweep's QP and {QP, slot}: the table's and the metadata's addresses while active.
    pub qp: Signal<Out, Bits<QP_BITS>>,
    pub slot_address: Signal<Out, Bits<SLOT_ADDRESS_BITS>>,
    pub table_write: Signal<Out, Bit>,
    pub table_entry: Signal<Out, QpEntry>,
    /// A message for the emitter (`TAKEOVER` or a replayed `CMD`).
    pub issue: Signal<Out, Bit>,
    pub issue_controller: Signal<Out, Bit>,
    pub issue_header: Signal<Out, Bits<64>>,
    pub issue_next: Signal<Out, EmitStep>,
    pub issue_payload: Signal<Out, Bits<64>>,
    pub issue_length: Signal<Out, Bits<16>>,
    /// The slot's command completes with a path error: the CQE's upper word (the lower is 0) for
    /// the engine to send; the slot is free. The sweeper waits until it is active again.
    pub path_error: Signal<Out, Bit>,
    pub path_error_high: Signal<Out, Bits<64>>,
    pub busy_clear: Signal<Out, Bits<SLOTS>>,
    /// One-cycle pulses: a command replayed; paused for a controller's message; the sweep ended.
    pub command_replayed: Signal<Out, Bit>,
    pub paused: Signal<Out, Bit>,
    pub done: Signal<Out, Bit>,
    step: DFF<SweepStep>,
    kind: DFF<SweepKind>,
    controller: DFF<Bit>,
    at_qp: DFF<Bits<QP_BITS>>,
    slot: DFF<Bits<SLOT_BITS>>,
    entry: DFF<QpEntry>,
    /// Paused at a `TAKEOVER` still to be sent (else at a slot).
    at_takeover: DFF<Bit>,
    decided: Signal<Local, QpEntry>,
    waits_for_emitter: Signal<Local, Bit>,
    slot_bit: Signal<Local, Bits<SLOTS>>,
    slot_busy: Signal<Local, Bit>,
    qp_slots: Signal<Local, Bits<SLOTS>>,
    qp_busy: Signal<Local, Bit>,
    later_busy: Signal<Local, Bit>,
    controller_cid: Signal<Local, Bits<16>>,
    first_qp: Constant<Bits<QP_BITS>>,
    next_qp: Constant<Bits<QP_BITS>>,
    last_qp: Constant<Bits<QP_BITS>>,
    first_slot: Constant<Bits<SLOT_BITS>>,
    next_slot: Constant<Bits<SLOT_BITS>>,
    slot_shift: Constant<Bits<SLOT_ADDRESS_BITS>>,
    slot_shift_wide: Constant<Bits<SLOTS>>,
    qp_slot_mask: Constant<Bits<SLOTS>>,
    one_slot_bit: Constant<Bits<SLOTS>>,
    no_slots: Constant<Bits<SLOTS>>,
    nothing_outstanding: Constant<Bits<8>>,
    type_command: Constant<Bits<64>>,
    type_takeover: Constant<Bits<64>>,
    flag_replay: Constant<Bits<64>>,
    path_error_status: Constant<Bits<64>>,
    cid_above_slot: Constant<Bits<16>>,
    shift_16: Constant<Bits<64>>,
    shift_32: Constant<Bits<64>>,
    shift_48: Constant<Bits<64>>,
}

impl<const QP_BITS: usize, const SLOT_BITS: usize, const SLOT_ADDRESS_BITS: usize, const SLOTS: usize> Default
    for Sweeper<QP_BITS, SLOT_BITS, SLOT_ADDRESS_BITS, SLOTS>
{
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            start: Default::default(),
            start_kind: Default::default(),
            start_controller: Default::default(),
            active: Default::default(),
            link_waiting: Default::default(),
            available: Default::default(),
            busy: Default::default(),
            table_data: Default::default(),
            slot_cid: Default::default(),
            slot_length: Default::default(),
            emit_idle: Default::default(),
            qp: Default::default(),
            slot_address: Default::default(),
            table_write: Default::default(),
            table_entry: Default::default(),
            issue: Default::default(),
            issue_controller: Default::default(),
            issue_header: Default::default(),
            issue_next: Default::default(),
            issue_payload: Default::default(),
            issue_length: Default::default(),
            path_error: Default::default(),
            path_error_high: Default::default(),
            busy_clear: Default::default(),
            command_replayed: Default::default(),
            paused: Default::default(),
            done: Default::default(),
            step: Default::default(),
            kind: Default::default(),
            controller: Default::default(),
            at_qp: Default::default(),
            slot: Default::default(),
            entry: Default::default(),
            at_takeover: Default::default(),
            decided: Default::default(),
            waits_for_emitter: Default::default(),
            slot_bit: Default::default(),
            slot_busy: Default::default(),
            qp_slots: Default::default(),
            qp_busy: Default::default(),
            later_busy: Default::default(),
            controller_cid: Default::default(),
            first_qp: constant(0),
            next_qp: constant(1),
            last_qp: constant((1u64 << QP_BITS) - 1),
            first_slot: constant(0),
            next_slot: constant(1),
            slot_shift: constant(SLOT_BITS as u64),
            slot_shift_wide: constant(SLOT_BITS as u64),
            qp_slot_mask: constant((1u64 << (1 << SLOT_BITS)) - 1),
            one_slot_bit: constant(1),
            no_slots: constant(0),
            nothing_outstanding: constant(0),
            type_command: constant(MessageType::Command as u64),
            type_takeover: constant(MessageType::Takeover as u64 | (TAKEOVER_BYTES as u64) << 32),
            flag_replay: constant((FLAG_REPLAY as u64) << 8),
            path_error_status: constant((path_error_status() as u64) << 48),
            cid_above_slot: constant(0xFFFF & !((1u64 << SLOT_BITS) - 1)),
            shift_16: constant(16),
            shift_32: constant(32),
            shift_48: constant(48),
        }
    }
}

impl<const QP_BITS: usize, const SLOT_BITS: usize, const SLOT_ADDRESS_BITS: usize, const SLOTS: usize> Logic
    for Sweeper<QP_BITS, SLOT_BITS, SLOT_ADDRESS_BITS, SLOTS>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, step, kind, controller, at_qp, slot, entry, at_takeover);
        self.qp.next = self.at_qp.q.val();
        self.slot_address.next =
            (bit_cast::<SLOT_ADDRESS_BITS, QP_BITS>(self.at_qp.q.val()) << self.slot_shift.val()) | bit_cast::<SLOT_ADDRESS_BITS, SLOT_BITS>(self.slot.q.val());
        // Busy slots of the sweep's QP: the slot's own, any at all, any after it (only busy
        // slots are visited). Only a sweep in progress reads them: computed only then, so the
        // simulator skips these operations across every slot the rest of the time (issue 25).
        // The condition is the step register, not `active`, which comes late from the engine.
        self.slot_bit.next = self.no_slots.val();
        self.slot_busy.next = false;
        self.qp_slots.next = self.no_slots.val();
        self.qp_busy.next = false;
        self.later_busy.next = false;
        if self.step.q.val() != SweepStep::Idle {
            self.slot_bit.next = self.one_slot_bit.val() << bit_cast::<SLOTS, SLOT_ADDRESS_BITS>(self.slot_address.val());
            self.slot_busy.next = self.busy.val().get_bit(self.slot_address.val().index());
            self.qp_slots.next = self.qp_slot_mask.val() << (bit_cast::<SLOTS, QP_BITS>(self.at_qp.q.val()) << self.slot_shift_wide.val());
            self.qp_busy.next = (self.busy.val() & self.qp_slots.val()).any();
            // Bits above `slot_bit` (none when it is the top one: the shift leaves 0, minus one is all ones).
            self.later_busy.next =
                (self.busy.val() & !((self.slot_bit.val() << self.one_slot_bit.val()) - self.one_slot_bit.val()) & self.qp_slots.val()).any();
        }
        // The CID the controller knows the slot's command by.
        self.controller_cid.next = (self.slot_cid.val() & self.cid_above_slot.val()) | bit_cast::<16, SLOT_BITS>(self.slot.q.val());
        self.table_write.next = false;
        self.table_entry.next = self.entry.q.val();
        self.issue.next = false;
        self.issue_controller.next = self.entry.q.val().controller;
        self.issue_header.next = self.type_takeover.val() | (bit_cast::<64, QP_BITS>(self.at_qp.q.val()) << self.shift_16.val());
        self.issue_next.next = EmitStep::Payload;
        self.issue_payload.next = bit_cast::<64, 16>(self.entry.q.val().controller_id)
            | (bit_cast::<64, SQ_ENTRY_BITS>(self.entry.q.val().sq_tail) << self.shift_16.val())
            | (bit_cast::<64, 8>(self.entry.q.val().outstanding) << self.shift_32.val());
        self.issue_length.next = self.slot_length.val();
        self.path_error.next = false;
        self.path_error_high.next = bit_cast::<64, SQ_ENTRY_BITS>(self.entry.q.val().sq_tail)
            | self.path_error_status.val()
            | (bit_cast::<64, 16>(self.slot_cid.val()) << self.shift_32.val());
        self.busy_clear.next = self.no_slots.val();
        self.command_replayed.next = false;
        self.paused.next = false;
        self.done.next = false;
        self.decided.next = self.table_data.val();
        self.waits_for_emitter.next = false;
        if self.active.val() {
            match self.step.q.val() {
                SweepStep::Load => {
                    self.step.d.next = SweepStep::Decide;
                }
                SweepStep::Decide => {
                    self.step.d.next = SweepStep::Next;
                    match self.kind.q.val() {
                        SweepKind::Fail => {
                            if self.table_data.val().enabled
                                & (self.table_data.val().controller == self.controller.q.val())
                                & !self.table_data.val().no_path
                            {
                                self.decided.next.draining = false;
                                if (self.available.val().get_bit(1) & !self.controller.q.val())
                                    | (self.available.val().get_bit(0) & self.controller.q.val())
                                {
                                    // Rebound at once: the new controller's answers to the replays
                                    // may come while the sweep is paused on this QP.
                                    self.decided.next.controller = !self.controller.q.val();
                                    self.table_write.next = true;
                                    self.step.d.next = SweepStep::Takeover;
                                } else {
                                    self.decided.next.no_path = true;
                                    self.slot.d.next = self.first_slot.val();
                                    self.step.d.next = SweepStep::SlotLoad;
                                }
                            }
                        }
                        SweepKind::Readmit => {
                            if self.table_data.val().enabled & self.table_data.val().no_path {
                                self.decided.next.controller = self.controller.q.val();
                                self.decided.next.no_path = false;
                                self.step.d.next = SweepStep::Takeover;
                            }
                        }
                        _ => {
                            if self.table_data.val().enabled
                                & !self.table_data.val().no_path
                                & !self.table_data.val().draining
                                & (self.table_data.val().controller != self.table_data.val().home)
                                & ((self.available.val().get_bit(1) & self.table_data.val().home)
                                    | (self.available.val().get_bit(0) & !self.table_data.val().home))
                            {
                                if self.table_data.val().outstanding == self.nothing_outstanding.val() {
                                    self.decided.next.controller = self.table_data.val().home;
                                    self.step.d.next = SweepStep::Takeover;
                                } else {
                                    self.decided.next.draining = true;
                                    self.step.d.next = SweepStep::Write;
                                }
                            }
                        }
                    }
                    self.table_entry.next = self.decided.val();
                    self.entry.d.next = self.decided.val();
                }
                SweepStep::Takeover => {
                    if self.emit_idle.val() {
                        self.issue.next = true;
                        self.slot.d.next = self.first_slot.val();
                        self.step.d.next = SweepStep::SlotLoad;
                        if !self.qp_busy.val() {
                            self.step.d.next = SweepStep::Write;
                        }
                    } else {
                        self.waits_for_emitter.next = true;
                    }
                }
                SweepStep::SlotLoad => {
                    self.step.d.next = SweepStep::SlotAct;
                }
                SweepStep::SlotAct => {
                    if !self.slot_busy.val() {
                        self.slot.d.next = self.slot.q.val() + self.next_slot.val();
                        self.step.d.next = SweepStep::SlotLoad;
                        if !self.later_busy.val() {
                            self.step.d.next = SweepStep::Write;
                        }
                    } else if self.entry.q.val().no_path {
                        // No controller left: the command completes with a path error.
                        self.busy_clear.next = self.slot_bit.val();
                        self.path_error.next = true;
                        self.step.d.next = SweepStep::SlotNext;
                    } else if self.emit_idle.val() {
                        // Replayed on the controller that took over; it does not advance the SQ head.
                        self.issue.next = true;
                        self.issue_header.next = self.type_command.val()
                            | self.flag_replay.val()
                            | (bit_cast::<64, QP_BITS>(self.at_qp.q.val()) << self.shift_16.val())
                            | (bit_cast::<64, 16>(self.slot_length.val()) << self.shift_32.val())
                            | (bit_cast::<64, 16>(self.controller_cid.val()) << self.shift_48.val());
                        self.issue_next.next = EmitStep::Slot;
                        self.command_replayed.next = true;
                        self.step.d.next = SweepStep::SlotNext;
                    } else {
                        self.waits_for_emitter.next = true;
                    }
                }
                SweepStep::SlotNext => {
                    self.slot.d.next = self.slot.q.val() + self.next_slot.val();
                    self.step.d.next = SweepStep::SlotLoad;
                    if !self.later_busy.val() {
                        self.step.d.next = SweepStep::Write;
                    }
                }
                SweepStep::Write => {
                    if self.entry.q.val().no_path {
                        self.table_entry.next.outstanding = self.nothing_outstanding.val();
                    }
                    // A QP a failover rebound was written when it was rebound (and may have
                    // changed since, while the sweep was paused).
                    self.table_write.next = (self.kind.q.val() != SweepKind::Fail) | self.entry.q.val().no_path;
                    self.step.d.next = SweepStep::Next;
                }
                SweepStep::Next => {
                    self.at_qp.d.next = self.at_qp.q.val() + self.next_qp.val();
                    self.step.d.next = SweepStep::Load;
                    if self.at_qp.q.val() == self.last_qp.val() {
                        self.done.next = true;
                        self.step.d.next = SweepStep::Idle;
                    }
                }
                SweepStep::Resume => {
                    self.step.d.next = SweepStep::ResumeEntry;
                }
                SweepStep::ResumeEntry => {
                    self.entry.d.next = self.table_data.val();
                    self.step.d.next = SweepStep::SlotLoad;
                    if self.at_takeover.q.val() {
                        self.step.d.next = SweepStep::Takeover;
                    }
                }
                _ => {}
            }
        }
        if self.waits_for_emitter.val() & (self.kind.q.val() == SweepKind::Fail) & self.link_waiting.val() {
            // A fail sweep waiting for the emitter: a controller's message is taken meanwhile.
            self.paused.next = true;
            self.at_takeover.d.next = self.step.q.val() == SweepStep::Takeover;
            self.step.d.next = SweepStep::Resume;
        }
        if self.start.val() {
            self.kind.d.next = self.start_kind.val();
            self.controller.d.next = self.start_controller.val();
            self.at_qp.d.next = self.first_qp.val();
            self.step.d.next = SweepStep::Load;
        }
        if self.reset.val() {
            self.step.d.next = SweepStep::Idle;
        }
    }
}
