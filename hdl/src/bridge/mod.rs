//! The register bridge: how a host reaches every block's registers. On the board, framed
//! requests over a UART; in simulation also a direct bus port.

pub mod protocol;
pub mod uart_bridge;
pub mod uart_rx;
pub mod uart_tx;
