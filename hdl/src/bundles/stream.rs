//! A 64-bit AXI-Stream of whole words with `tlast`: the beats of link messages and work-request
//! payloads (no `tkeep`: lengths travel in the messages' headers).

use rust_hdl::prelude::*;

/// The sending side.
#[derive(LogicInterface, Clone, Debug, Default)]
#[join = "StreamIn"]
pub struct StreamOut {
    pub tdata: Signal<Out, Bits<64>>,
    pub tlast: Signal<Out, Bit>,
    pub tvalid: Signal<Out, Bit>,
    pub tready: Signal<In, Bit>,
}

/// The receiving side.
#[derive(LogicInterface, Clone, Debug, Default)]
#[join = "StreamOut"]
pub struct StreamIn {
    pub tdata: Signal<In, Bits<64>>,
    pub tlast: Signal<In, Bit>,
    pub tvalid: Signal<In, Bit>,
    pub tready: Signal<Out, Bit>,
}
