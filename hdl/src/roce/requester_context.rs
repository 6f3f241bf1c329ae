//! The requester engine's state: one QP's context (a block-RAM word), one message's record (a
//! slot of the QP's message ring), and the steps the engine takes through an event.

use super::rc::PSN_BITS;
use rust_hdl::prelude::*;

/// One QP's requester state, one block-RAM word. Slot and word counters run free (8 and 16 bits)
/// and are cut to the slot and ring sizes when used as addresses.
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct RequesterContext {
    pub enabled: Bit,
    pub error: Bit,
    /// An RNR NAK was answered: wait one timeout before sending again.
    pub rnr_hold: Bit,
    /// A READ Response arrived ahead of the expected one and the READ was requested again. Until
    /// that READ completes (or a timeout), responses ahead are dropped without asking again: the
    /// first request's late responses would otherwise each draw another request, and each of
    /// those a stream of duplicates.
    pub read_rewound: Bit,
    /// Oldest unacknowledged PSN; next PSN to send; one past the highest PSN sent; one past the
    /// last PSN of the last message published.
    pub unacked_psn: Bits<PSN_BITS>,
    pub send_psn: Bits<PSN_BITS>,
    pub sent_limit: Bits<PSN_BITS>,
    pub published_psn: Bits<PSN_BITS>,
    /// Message slots: oldest unacknowledged, being sent, next free.
    pub slot_head: Bits<8>,
    pub slot_send: Bits<8>,
    pub slot_tail: Bits<8>,
    /// Replay ring words: next to write, oldest still needed.
    pub ring_write: Bits<16>,
    pub ring_release: Bits<16>,
    pub retries: Bits<4>,
    pub retry_limit: Bits<4>,
    pub mtu_shift: Bits<3>,
    pub timeout: Bits<16>,
    pub timer_start: Bits<16>,
}

/// One message of a QP, from admission until it is acknowledged.
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct MessageRecord {
    pub first_psn: Bits<PSN_BITS>,
    pub last_psn: Bits<PSN_BITS>,
    pub length: Bits<16>,
    pub va: Bits<64>,
    pub rkey: Bits<32>,
    pub kind: Bits<2>,
    pub tag: Bits<8>,
    pub ring_start: Bits<16>,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum RequesterStep {
    Clear,
    Idle,
    /// The QP's context is arriving from block RAM.
    LoadContext,
    LoadMessage,
    Publish,
    Admit,
    SendCompute,
    SendCommit,
    Respond,
    /// A READ Response: checked against the head message (a READ).
    ReadCheck,
    /// Walking message slots from the head: retire acknowledged ones (or flush all).
    RetireFetch,
    RetireCheck,
    RetireWait,
    /// After retiring: apply an ACK/NAK to the context.
    Apply,
    Timer,
    Commit,
}

/// Which event the engine is handling.
#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum RequesterTask {
    Publish,
    Respond,
    Admit,
    Send,
    Timer,
}
