//! The gigabit Ethernet MAC (issue 27): GMII inside, RGMII at the pins.

pub mod gmii_rx;
pub mod gmii_tx;
pub mod mac_registers;
pub mod rgmii;
pub mod ethernet_mac;
pub mod rx_word_packer;
pub mod tx_word_unpacker;
