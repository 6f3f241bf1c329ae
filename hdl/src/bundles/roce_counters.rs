//! The NIC core's transport counters (wrapping, 32 bits) and its QPs in error; the `roce`
//! register block reads them (`registers::map::ROCE`). Three are counter banks in block RAM —
//! the parser's by verdict, the responder's by outcome, the requester's by event — read by
//! index, the value one cycle later.

use crate::counters::COUNTER_INDEX_BITS;
use rust_hdl::prelude::*;

/// The core's side.
#[derive(LogicInterface, Clone, Debug, Default)]
#[join = "RoceCountersIn"]
pub struct RoceCounters<const QPS: usize> {
    pub rx_stat_index: Signal<In, Bits<COUNTER_INDEX_BITS>>,
    pub rx_stat_value: Signal<Out, Bits<32>>,
    pub responder_counter_index: Signal<In, Bits<COUNTER_INDEX_BITS>>,
    pub responder_counter_value: Signal<Out, Bits<32>>,
    pub requester_counter_index: Signal<In, Bits<COUNTER_INDEX_BITS>>,
    pub requester_counter_value: Signal<Out, Bits<32>>,
    /// Frames dropped by the router (unknown QP, not served), ACK/NAK frames and requester
    /// packets sent, failed work requests, the builder's counters, QPs in error.
    pub rx_unknown_qp: Signal<Out, Bits<32>>,
    pub rx_not_served: Signal<Out, Bits<32>>,
    pub acks_sent: Signal<Out, Bits<32>>,
    pub requests_sent: Signal<Out, Bits<32>>,
    pub work_requests_failed: Signal<Out, Bits<32>>,
    pub tx_frames: Signal<Out, Bits<32>>,
    pub tx_bad_descriptors: Signal<Out, Bits<32>>,
    pub tx_payload_mismatches: Signal<Out, Bits<32>>,
    pub qp_error: Signal<Out, Bits<QPS>>,
}

/// The reader's side.
#[derive(LogicInterface, Clone, Debug, Default)]
#[join = "RoceCounters"]
pub struct RoceCountersIn<const QPS: usize> {
    pub rx_stat_index: Signal<Out, Bits<COUNTER_INDEX_BITS>>,
    pub rx_stat_value: Signal<In, Bits<32>>,
    pub responder_counter_index: Signal<Out, Bits<COUNTER_INDEX_BITS>>,
    pub responder_counter_value: Signal<In, Bits<32>>,
    pub requester_counter_index: Signal<Out, Bits<COUNTER_INDEX_BITS>>,
    pub requester_counter_value: Signal<In, Bits<32>>,
    pub rx_unknown_qp: Signal<In, Bits<32>>,
    pub rx_not_served: Signal<In, Bits<32>>,
    pub acks_sent: Signal<In, Bits<32>>,
    pub requests_sent: Signal<In, Bits<32>>,
    pub work_requests_failed: Signal<In, Bits<32>>,
    pub tx_frames: Signal<In, Bits<32>>,
    pub tx_bad_descriptors: Signal<In, Bits<32>>,
    pub tx_payload_mismatches: Signal<In, Bits<32>>,
    pub qp_error: Signal<In, Bits<QPS>>,
}
