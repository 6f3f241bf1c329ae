//! RC transport testbenches: the verilated responder against its model, lossy links, and the
//! closed loop with the host's go-back-N requesters.

pub mod channel;
pub mod host_sends;
pub mod responder;
