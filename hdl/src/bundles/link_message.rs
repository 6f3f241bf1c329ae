//! Between a connector's controller intake and its reader: the next message the links offer,
//! and the beats of the message being read.

use rust_hdl::prelude::*;

/// The next message's header beat (the intake's side): from B (else A), its type, its fields
/// (bits 63:16) and `tlast`.
#[derive(LogicInterface, Clone, Debug, Default)]
#[join = "NextMessageIn"]
pub struct NextMessageOut {
    pub from_b: Signal<Out, Bit>,
    pub kind: Signal<Out, Bits<8>>,
    pub fields: Signal<Out, Bits<48>>,
    pub last: Signal<Out, Bit>,
}

/// The reader's side.
#[derive(LogicInterface, Clone, Debug, Default)]
#[join = "NextMessageOut"]
pub struct NextMessageIn {
    pub from_b: Signal<In, Bit>,
    pub kind: Signal<In, Bits<8>>,
    pub fields: Signal<In, Bits<48>>,
    pub last: Signal<In, Bit>,
}

/// The message being read (the intake's side): its link (1 = B), its beat as offered, whether
/// its controller was lost; the reader takes the beat.
#[derive(LogicInterface, Clone, Debug, Default)]
#[join = "MessageBeatIn"]
pub struct MessageBeatOut {
    pub src: Signal<In, Bit>,
    pub data: Signal<Out, Bits<64>>,
    pub last: Signal<Out, Bit>,
    pub valid: Signal<Out, Bit>,
    pub lost: Signal<Out, Bit>,
    pub take: Signal<In, Bit>,
}

/// The reader's side.
#[derive(LogicInterface, Clone, Debug, Default)]
#[join = "MessageBeatOut"]
pub struct MessageBeatIn {
    pub src: Signal<Out, Bit>,
    pub data: Signal<In, Bits<64>>,
    pub last: Signal<In, Bit>,
    pub valid: Signal<In, Bit>,
    pub lost: Signal<In, Bit>,
    pub take: Signal<Out, Bit>,
}
