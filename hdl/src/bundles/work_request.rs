//! The work-request port between a connector and the RC requester (docs/nic-core.md): a work
//! request (valid/ready with its descriptor), the payload of a WRITE or SEND, and the data of an
//! RDMA READ coming back, a packet per READ Response.

use super::stream::{StreamIn, StreamOut};
use rust_hdl::prelude::*;

/// The side that issues work requests (a connector).
#[derive(LogicInterface, Clone, Debug, Default)]
#[join = "WorkRequestSink"]
pub struct WorkRequestSource<const QP_BITS: usize> {
    pub valid: Signal<Out, Bit>,
    pub ready: Signal<In, Bit>,
    pub qp: Signal<Out, Bits<QP_BITS>>,
    /// `roce::rc::WrKind`.
    pub kind: Signal<Out, Bits<2>>,
    pub length: Signal<Out, Bits<16>>,
    pub va: Signal<Out, Bits<64>>,
    pub rkey: Signal<Out, Bits<32>>,
    /// Given back with a READ's data.
    pub tag: Signal<Out, Bits<8>>,
    pub payload: StreamOut,
    pub read: ReadDataIn,
}

/// The side that carries work requests out (the arbiter in front of the requester).
#[derive(LogicInterface, Clone, Debug, Default)]
#[join = "WorkRequestSource"]
pub struct WorkRequestSink<const QP_BITS: usize> {
    pub valid: Signal<In, Bit>,
    pub ready: Signal<Out, Bit>,
    pub qp: Signal<In, Bits<QP_BITS>>,
    pub kind: Signal<In, Bits<2>>,
    pub length: Signal<In, Bits<16>>,
    pub va: Signal<In, Bits<64>>,
    pub rkey: Signal<In, Bits<32>>,
    pub tag: Signal<In, Bits<8>>,
    pub payload: StreamIn,
    pub read: ReadDataOut,
}

/// READ data toward the work request's issuer: one packet per READ Response, with the READ's
/// tag, the packet's byte count, and whether it is the READ's last.
#[derive(LogicInterface, Clone, Debug, Default)]
#[join = "ReadDataIn"]
pub struct ReadDataOut {
    pub tdata: Signal<Out, Bits<64>>,
    pub tlast: Signal<Out, Bit>,
    pub tvalid: Signal<Out, Bit>,
    pub tready: Signal<In, Bit>,
    pub tag: Signal<Out, Bits<8>>,
    pub length: Signal<Out, Bits<13>>,
    pub last: Signal<Out, Bit>,
}

/// The issuer's side of [`ReadDataOut`].
#[derive(LogicInterface, Clone, Debug, Default)]
#[join = "ReadDataOut"]
pub struct ReadDataIn {
    pub tdata: Signal<In, Bits<64>>,
    pub tlast: Signal<In, Bit>,
    pub tvalid: Signal<In, Bit>,
    pub tready: Signal<Out, Bit>,
    pub tag: Signal<In, Bits<8>>,
    pub length: Signal<In, Bits<13>>,
    pub last: Signal<In, Bit>,
}
