//! A connector's counters in one place: its parts (capsule receiver, engine, emitter, mover)
//! report events as one-cycle pulses, and the bank counts them (32 bits, wrapping) into the
//! `ConnectorCounters` bundle the register block reads. Registers, not the block RAM of
//! `counters::CounterBank`: a connector's events can come on consecutive cycles, and every
//! counter is read at once (docs/DESIGN-NOTES.md).

use crate::bundles::connector_counters::ConnectorCounters;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct ConnectorCounterBank {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    /// One event of each kind this cycle (docs/controller-link.md names them).
    pub command_forwarded: Signal<In, Bit>,
    pub completion_delivered: Signal<In, Bit>,
    pub unknown_qp: Signal<In, Bit>,
    pub slots_full: Signal<In, Bit>,
    pub malformed_capsule: Signal<In, Bit>,
    pub capsule_too_long: Signal<In, Bit>,
    pub wqe_unknown_qp: Signal<In, Bit>,
    pub wqe_malformed: Signal<In, Bit>,
    pub cqe_unknown_cid: Signal<In, Bit>,
    pub read_data_unknown: Signal<In, Bit>,
    pub wrong_link: Signal<In, Bit>,
    pub command_replayed: Signal<In, Bit>,
    pub late_discarded: Signal<In, Bit>,
    pub takeover_acked: Signal<In, Bit>,
    pub path_error_sent: Signal<In, Bit>,
    pub write_truncated: Signal<In, Bit>,
    pub counters: ConnectorCounters,
    count_commands_forwarded: DFF<Bits<32>>,
    count_completions_delivered: DFF<Bits<32>>,
    count_unknown_qp: DFF<Bits<32>>,
    count_slots_full: DFF<Bits<32>>,
    count_malformed_capsule: DFF<Bits<32>>,
    count_capsule_too_long: DFF<Bits<32>>,
    count_wqe_unknown_qp: DFF<Bits<32>>,
    count_wqe_malformed: DFF<Bits<32>>,
    count_cqe_unknown_cid: DFF<Bits<32>>,
    count_read_data_unknown: DFF<Bits<32>>,
    count_wrong_link: DFF<Bits<32>>,
    count_commands_replayed: DFF<Bits<32>>,
    count_late_discarded: DFF<Bits<32>>,
    count_takeovers_acked: DFF<Bits<32>>,
    count_path_errors_sent: DFF<Bits<32>>,
    count_writes_truncated: DFF<Bits<32>>,
    one: Constant<Bits<32>>,
    zero: Constant<Bits<32>>,
}

impl Default for ConnectorCounterBank {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            command_forwarded: Default::default(),
            completion_delivered: Default::default(),
            unknown_qp: Default::default(),
            slots_full: Default::default(),
            malformed_capsule: Default::default(),
            capsule_too_long: Default::default(),
            wqe_unknown_qp: Default::default(),
            wqe_malformed: Default::default(),
            cqe_unknown_cid: Default::default(),
            read_data_unknown: Default::default(),
            wrong_link: Default::default(),
            command_replayed: Default::default(),
            late_discarded: Default::default(),
            takeover_acked: Default::default(),
            path_error_sent: Default::default(),
            write_truncated: Default::default(),
            counters: Default::default(),
            count_commands_forwarded: Default::default(),
            count_completions_delivered: Default::default(),
            count_unknown_qp: Default::default(),
            count_slots_full: Default::default(),
            count_malformed_capsule: Default::default(),
            count_capsule_too_long: Default::default(),
            count_wqe_unknown_qp: Default::default(),
            count_wqe_malformed: Default::default(),
            count_cqe_unknown_cid: Default::default(),
            count_read_data_unknown: Default::default(),
            count_wrong_link: Default::default(),
            count_commands_replayed: Default::default(),
            count_late_discarded: Default::default(),
            count_takeovers_acked: Default::default(),
            count_path_errors_sent: Default::default(),
            count_writes_truncated: Default::default(),
            one: Constant::new(1u64.to_bits()),
            zero: Constant::new(0u64.to_bits()),
        }
    }
}

impl Logic for ConnectorCounterBank {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, count_commands_forwarded, count_completions_delivered, count_unknown_qp, count_slots_full, count_malformed_capsule, count_capsule_too_long,
            count_wqe_unknown_qp, count_wqe_malformed, count_cqe_unknown_cid, count_read_data_unknown, count_wrong_link, count_commands_replayed,
            count_late_discarded, count_takeovers_acked, count_path_errors_sent, count_writes_truncated
        );
        if self.command_forwarded.val() {
            self.count_commands_forwarded.d.next = self.count_commands_forwarded.q.val() + self.one.val();
        }
        if self.completion_delivered.val() {
            self.count_completions_delivered.d.next = self.count_completions_delivered.q.val() + self.one.val();
        }
        if self.unknown_qp.val() {
            self.count_unknown_qp.d.next = self.count_unknown_qp.q.val() + self.one.val();
        }
        if self.slots_full.val() {
            self.count_slots_full.d.next = self.count_slots_full.q.val() + self.one.val();
        }
        if self.malformed_capsule.val() {
            self.count_malformed_capsule.d.next = self.count_malformed_capsule.q.val() + self.one.val();
        }
        if self.capsule_too_long.val() {
            self.count_capsule_too_long.d.next = self.count_capsule_too_long.q.val() + self.one.val();
        }
        if self.wqe_unknown_qp.val() {
            self.count_wqe_unknown_qp.d.next = self.count_wqe_unknown_qp.q.val() + self.one.val();
        }
        if self.wqe_malformed.val() {
            self.count_wqe_malformed.d.next = self.count_wqe_malformed.q.val() + self.one.val();
        }
        if self.cqe_unknown_cid.val() {
            self.count_cqe_unknown_cid.d.next = self.count_cqe_unknown_cid.q.val() + self.one.val();
        }
        if self.read_data_unknown.val() {
            self.count_read_data_unknown.d.next = self.count_read_data_unknown.q.val() + self.one.val();
        }
        if self.wrong_link.val() {
            self.count_wrong_link.d.next = self.count_wrong_link.q.val() + self.one.val();
        }
        if self.command_replayed.val() {
            self.count_commands_replayed.d.next = self.count_commands_replayed.q.val() + self.one.val();
        }
        if self.late_discarded.val() {
            self.count_late_discarded.d.next = self.count_late_discarded.q.val() + self.one.val();
        }
        if self.takeover_acked.val() {
            self.count_takeovers_acked.d.next = self.count_takeovers_acked.q.val() + self.one.val();
        }
        if self.path_error_sent.val() {
            self.count_path_errors_sent.d.next = self.count_path_errors_sent.q.val() + self.one.val();
        }
        if self.write_truncated.val() {
            self.count_writes_truncated.d.next = self.count_writes_truncated.q.val() + self.one.val();
        }
        if self.reset.val() {
            self.count_commands_forwarded.d.next = self.zero.val();
            self.count_completions_delivered.d.next = self.zero.val();
            self.count_unknown_qp.d.next = self.zero.val();
            self.count_slots_full.d.next = self.zero.val();
            self.count_malformed_capsule.d.next = self.zero.val();
            self.count_capsule_too_long.d.next = self.zero.val();
            self.count_wqe_unknown_qp.d.next = self.zero.val();
            self.count_wqe_malformed.d.next = self.zero.val();
            self.count_cqe_unknown_cid.d.next = self.zero.val();
            self.count_read_data_unknown.d.next = self.zero.val();
            self.count_wrong_link.d.next = self.zero.val();
            self.count_commands_replayed.d.next = self.zero.val();
            self.count_late_discarded.d.next = self.zero.val();
            self.count_takeovers_acked.d.next = self.zero.val();
            self.count_path_errors_sent.d.next = self.zero.val();
            self.count_writes_truncated.d.next = self.zero.val();
        }
        self.counters.commands_forwarded.next = self.count_commands_forwarded.q.val();
        self.counters.completions_delivered.next = self.count_completions_delivered.q.val();
        self.counters.unknown_qp.next = self.count_unknown_qp.q.val();
        self.counters.slots_full.next = self.count_slots_full.q.val();
        self.counters.malformed_capsule.next = self.count_malformed_capsule.q.val();
        self.counters.capsule_too_long.next = self.count_capsule_too_long.q.val();
        self.counters.wqe_unknown_qp.next = self.count_wqe_unknown_qp.q.val();
        self.counters.wqe_malformed.next = self.count_wqe_malformed.q.val();
        self.counters.cqe_unknown_cid.next = self.count_cqe_unknown_cid.q.val();
        self.counters.read_data_unknown.next = self.count_read_data_unknown.q.val();
        self.counters.wrong_link.next = self.count_wrong_link.q.val();
        self.counters.commands_replayed.next = self.count_commands_replayed.q.val();
        self.counters.late_discarded.next = self.count_late_discarded.q.val();
        self.counters.takeovers_acked.next = self.count_takeovers_acked.q.val();
        self.counters.path_errors_sent.next = self.count_path_errors_sent.q.val();
        self.counters.writes_truncated.next = self.count_writes_truncated.q.val();
    }
}
