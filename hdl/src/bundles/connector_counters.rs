//! A connector's counters (wrapping, 32 bits); docs/controller-link.md names each. The register
//! block reads them (`nvme.C0_*`, `nvme.C1_*`).

use rust_hdl::prelude::*;

/// The connector's side.
#[derive(LogicInterface, Clone, Debug, Default)]
#[join = "ConnectorCountersIn"]
pub struct ConnectorCounters {
    pub commands_forwarded: Signal<Out, Bits<32>>,
    pub completions_delivered: Signal<Out, Bits<32>>,
    pub unknown_qp: Signal<Out, Bits<32>>,
    pub slots_full: Signal<Out, Bits<32>>,
    pub malformed_capsule: Signal<Out, Bits<32>>,
    pub capsule_too_long: Signal<Out, Bits<32>>,
    pub wqe_unknown_qp: Signal<Out, Bits<32>>,
    pub wqe_malformed: Signal<Out, Bits<32>>,
    pub cqe_unknown_cid: Signal<Out, Bits<32>>,
    pub read_data_unknown: Signal<Out, Bits<32>>,
    pub wrong_link: Signal<Out, Bits<32>>,
    pub commands_replayed: Signal<Out, Bits<32>>,
    pub late_discarded: Signal<Out, Bits<32>>,
    pub takeovers_acked: Signal<Out, Bits<32>>,
    pub path_errors_sent: Signal<Out, Bits<32>>,
    pub writes_truncated: Signal<Out, Bits<32>>,
}

/// The reader's side.
#[derive(LogicInterface, Clone, Debug, Default)]
#[join = "ConnectorCounters"]
pub struct ConnectorCountersIn {
    pub commands_forwarded: Signal<In, Bits<32>>,
    pub completions_delivered: Signal<In, Bits<32>>,
    pub unknown_qp: Signal<In, Bits<32>>,
    pub slots_full: Signal<In, Bits<32>>,
    pub malformed_capsule: Signal<In, Bits<32>>,
    pub capsule_too_long: Signal<In, Bits<32>>,
    pub wqe_unknown_qp: Signal<In, Bits<32>>,
    pub wqe_malformed: Signal<In, Bits<32>>,
    pub cqe_unknown_cid: Signal<In, Bits<32>>,
    pub read_data_unknown: Signal<In, Bits<32>>,
    pub wrong_link: Signal<In, Bits<32>>,
    pub commands_replayed: Signal<In, Bits<32>>,
    pub late_discarded: Signal<In, Bits<32>>,
    pub takeovers_acked: Signal<In, Bits<32>>,
    pub path_errors_sent: Signal<In, Bits<32>>,
    pub writes_truncated: Signal<In, Bits<32>>,
}
