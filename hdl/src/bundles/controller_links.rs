//! A connector's links to its two controllers (docs/controller-link.md): a message stream from
//! each, and one stream to both whose `tvalid` bit c addresses controller c (bit 0 = A).

use super::stream::{StreamIn, StreamOut};
use rust_hdl::prelude::*;

/// The connector's side.
#[derive(LogicInterface, Clone, Debug, Default)]
#[join = "ControllerEnds"]
pub struct ControllerLinks {
    pub from_a: StreamIn,
    pub from_b: StreamIn,
    pub to_controller: ToControllerOut,
}

/// The controllers' side (on a board without controllers, `board::loopback_pair`).
#[derive(LogicInterface, Clone, Debug, Default)]
#[join = "ControllerLinks"]
pub struct ControllerEnds {
    pub from_a: StreamOut,
    pub from_b: StreamOut,
    pub to_controller: ToControllerIn,
}

/// NIC → controller messages: `tvalid`/`tready` bit c for controller c.
#[derive(LogicInterface, Clone, Debug, Default)]
#[join = "ToControllerIn"]
pub struct ToControllerOut {
    pub tdata: Signal<Out, Bits<64>>,
    pub tlast: Signal<Out, Bit>,
    pub tvalid: Signal<Out, Bits<2>>,
    pub tready: Signal<In, Bits<2>>,
}

/// The controllers' side of [`ToControllerOut`].
#[derive(LogicInterface, Clone, Debug, Default)]
#[join = "ToControllerOut"]
pub struct ToControllerIn {
    pub tdata: Signal<In, Bits<64>>,
    pub tlast: Signal<In, Bit>,
    pub tvalid: Signal<In, Bits<2>>,
    pub tready: Signal<Out, Bits<2>>,
}
