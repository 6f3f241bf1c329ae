//! RC transport testbenches: the verilated responder against its model, lossy links, and the
//! closed loops: the host's go-back-N requesters against the responder, the requester against
//! the hosts' responders.

pub mod channel;
pub mod host_sends;
pub mod measure;
pub mod nic_sends;
pub mod requester;
pub mod responder;
