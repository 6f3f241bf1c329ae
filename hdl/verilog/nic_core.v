// nic_core: generated from RustHDL by nic-hdl. Do not edit; regenerate with
// `cargo run -p nicctl -- emit --out hdl/verilog`.


module nic_core(clock,reset,s_axis_rx_tdata,s_axis_rx_tkeep,s_axis_rx_tlast,s_axis_rx_tuser,s_axis_rx_tvalid,s_axis_rx_tready,m_axis_tx_tdata,m_axis_tx_tkeep,m_axis_tx_tlast,m_axis_tx_tvalid,m_axis_tx_tready,local_mac,local_ip,local_qpn_base,mtu_shift,timer_prescale,rnr_timer,cfg_valid,cfg_ready,cfg_qp,cfg_enable,cfg_connector,cfg_controller,cfg_peer_mac,cfg_peer_ip,cfg_peer_qpn,cfg_rx_psn,cfg_tx_psn,cfg_timeout,cfg_retry_limit,link_up,heartbeat_timeout,failback_request,fence_backend,available,failovers,failbacks,last_failover_cycles,packets_dispatched,packets_unknown_qp,roce_counters$rx_stat_index,roce_counters$rx_stat_value,roce_counters$responder_counter_index,roce_counters$responder_counter_value,roce_counters$requester_counter_index,roce_counters$requester_counter_value,roce_counters$rx_unknown_qp,roce_counters$rx_not_served,roce_counters$acks_sent,roce_counters$requests_sent,roce_counters$work_requests_failed,roce_counters$tx_frames,roce_counters$tx_bad_descriptors,roce_counters$tx_payload_mismatches,roce_counters$qp_error,counters_ready,c0_links$from_a$tdata,c0_links$from_a$tlast,c0_links$from_a$tvalid,c0_links$from_a$tready,c0_links$from_b$tdata,c0_links$from_b$tlast,c0_links$from_b$tvalid,c0_links$from_b$tready,c0_links$to_controller$tdata,c0_links$to_controller$tlast,c0_links$to_controller$tvalid,c0_links$to_controller$tready,c0_counters$commands_forwarded,c0_counters$completions_delivered,c0_counters$unknown_qp,c0_counters$slots_full,c0_counters$malformed_capsule,c0_counters$capsule_too_long,c0_counters$wqe_unknown_qp,c0_counters$wqe_malformed,c0_counters$cqe_unknown_cid,c0_counters$read_data_unknown,c0_counters$wrong_link,c0_counters$commands_replayed,c0_counters$late_discarded,c0_counters$takeovers_acked,c0_counters$path_errors_sent,c0_counters$writes_truncated,c1_links$from_a$tdata,c1_links$from_a$tlast,c1_links$from_a$tvalid,c1_links$from_a$tready,c1_links$from_b$tdata,c1_links$from_b$tlast,c1_links$from_b$tvalid,c1_links$from_b$tready,c1_links$to_controller$tdata,c1_links$to_controller$tlast,c1_links$to_controller$tvalid,c1_links$to_controller$tready,c1_counters$commands_forwarded,c1_counters$completions_delivered,c1_counters$unknown_qp,c1_counters$slots_full,c1_counters$malformed_capsule,c1_counters$capsule_too_long,c1_counters$wqe_unknown_qp,c1_counters$wqe_malformed,c1_counters$cqe_unknown_cid,c1_counters$read_data_unknown,c1_counters$wrong_link,c1_counters$commands_replayed,c1_counters$late_discarded,c1_counters$takeovers_acked,c1_counters$path_errors_sent,c1_counters$writes_truncated);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] s_axis_rx_tdata;
    input wire  [7:0] s_axis_rx_tkeep;
    input wire  s_axis_rx_tlast;
    input wire  s_axis_rx_tuser;
    input wire  s_axis_rx_tvalid;
    output reg  s_axis_rx_tready;
    output reg  [63:0] m_axis_tx_tdata;
    output reg  [7:0] m_axis_tx_tkeep;
    output reg  m_axis_tx_tlast;
    output reg  m_axis_tx_tvalid;
    input wire  m_axis_tx_tready;
    input wire  [47:0] local_mac;
    input wire  [31:0] local_ip;
    input wire  [23:0] local_qpn_base;
    input wire  [2:0] mtu_shift;
    input wire  [15:0] timer_prescale;
    input wire  [4:0] rnr_timer;
    input wire  cfg_valid;
    output reg  cfg_ready;
    input wire  [3:0] cfg_qp;
    input wire  cfg_enable;
    input wire  cfg_connector;
    input wire  cfg_controller;
    input wire  [47:0] cfg_peer_mac;
    input wire  [31:0] cfg_peer_ip;
    input wire  [23:0] cfg_peer_qpn;
    input wire  [23:0] cfg_rx_psn;
    input wire  [23:0] cfg_tx_psn;
    input wire  [15:0] cfg_timeout;
    input wire  [3:0] cfg_retry_limit;
    input wire  [1:0] link_up;
    input wire  [15:0] heartbeat_timeout;
    input wire  failback_request;
    output reg  [1:0] fence_backend;
    output reg  [1:0] available;
    output reg  [31:0] failovers;
    output reg  [31:0] failbacks;
    output reg  [31:0] last_failover_cycles;
    output reg  [31:0] packets_dispatched;
    output reg  [31:0] packets_unknown_qp;
    input wire  [4:0] roce_counters$rx_stat_index;
    output reg  [31:0] roce_counters$rx_stat_value;
    input wire  [4:0] roce_counters$responder_counter_index;
    output reg  [31:0] roce_counters$responder_counter_value;
    input wire  [4:0] roce_counters$requester_counter_index;
    output reg  [31:0] roce_counters$requester_counter_value;
    output reg  [31:0] roce_counters$rx_unknown_qp;
    output reg  [31:0] roce_counters$rx_not_served;
    output reg  [31:0] roce_counters$acks_sent;
    output reg  [31:0] roce_counters$requests_sent;
    output reg  [31:0] roce_counters$work_requests_failed;
    output reg  [31:0] roce_counters$tx_frames;
    output reg  [31:0] roce_counters$tx_bad_descriptors;
    output reg  [31:0] roce_counters$tx_payload_mismatches;
    output reg  [15:0] roce_counters$qp_error;
    output reg  counters_ready;
    input wire  [63:0] c0_links$from_a$tdata;
    input wire  c0_links$from_a$tlast;
    input wire  c0_links$from_a$tvalid;
    output wire  c0_links$from_a$tready;
    input wire  [63:0] c0_links$from_b$tdata;
    input wire  c0_links$from_b$tlast;
    input wire  c0_links$from_b$tvalid;
    output wire  c0_links$from_b$tready;
    output wire  [63:0] c0_links$to_controller$tdata;
    output wire  c0_links$to_controller$tlast;
    output wire  [1:0] c0_links$to_controller$tvalid;
    input wire  [1:0] c0_links$to_controller$tready;
    output wire  [31:0] c0_counters$commands_forwarded;
    output wire  [31:0] c0_counters$completions_delivered;
    output wire  [31:0] c0_counters$unknown_qp;
    output wire  [31:0] c0_counters$slots_full;
    output wire  [31:0] c0_counters$malformed_capsule;
    output wire  [31:0] c0_counters$capsule_too_long;
    output wire  [31:0] c0_counters$wqe_unknown_qp;
    output wire  [31:0] c0_counters$wqe_malformed;
    output wire  [31:0] c0_counters$cqe_unknown_cid;
    output wire  [31:0] c0_counters$read_data_unknown;
    output wire  [31:0] c0_counters$wrong_link;
    output wire  [31:0] c0_counters$commands_replayed;
    output wire  [31:0] c0_counters$late_discarded;
    output wire  [31:0] c0_counters$takeovers_acked;
    output wire  [31:0] c0_counters$path_errors_sent;
    output wire  [31:0] c0_counters$writes_truncated;
    input wire  [63:0] c1_links$from_a$tdata;
    input wire  c1_links$from_a$tlast;
    input wire  c1_links$from_a$tvalid;
    output wire  c1_links$from_a$tready;
    input wire  [63:0] c1_links$from_b$tdata;
    input wire  c1_links$from_b$tlast;
    input wire  c1_links$from_b$tvalid;
    output wire  c1_links$from_b$tready;
    output wire  [63:0] c1_links$to_controller$tdata;
    output wire  c1_links$to_controller$tlast;
    output wire  [1:0] c1_links$to_controller$tvalid;
    input wire  [1:0] c1_links$to_controller$tready;
    output wire  [31:0] c1_counters$commands_forwarded;
    output wire  [31:0] c1_counters$completions_delivered;
    output wire  [31:0] c1_counters$unknown_qp;
    output wire  [31:0] c1_counters$slots_full;
    output wire  [31:0] c1_counters$malformed_capsule;
    output wire  [31:0] c1_counters$capsule_too_long;
    output wire  [31:0] c1_counters$wqe_unknown_qp;
    output wire  [31:0] c1_counters$wqe_malformed;
    output wire  [31:0] c1_counters$cqe_unknown_cid;
    output wire  [31:0] c1_counters$read_data_unknown;
    output wire  [31:0] c1_counters$wrong_link;
    output wire  [31:0] c1_counters$commands_replayed;
    output wire  [31:0] c1_counters$late_discarded;
    output wire  [31:0] c1_counters$takeovers_acked;
    output wire  [31:0] c1_counters$path_errors_sent;
    output wire  [31:0] c1_counters$writes_truncated;
    
    // Constant declarations
    localparam  one_hot = 16'h1;
    localparam  mtu_base = 13'b100000000;
    localparam  all_partitions = 16'hffff;
    localparam  zero_2 = 2'b0;
    localparam  zero_6 = 6'b0;
    localparam  zero_24 = 24'h0;
    localparam  zero_32 = 32'h0;
    localparam  no_qps = 16'h0;
    
    // Stub signals
    reg  parser$clock;
    reg  parser$reset;
    reg  [15:0] parser$cfg_pkey;
    reg  [12:0] parser$cfg_path_mtu;
    reg  [63:0] parser$s_axis_tdata;
    reg  [7:0] parser$s_axis_tkeep;
    reg  parser$s_axis_tlast;
    reg  parser$s_axis_tuser;
    reg  parser$s_axis_tvalid;
    wire  parser$s_axis_tready;
    wire  [63:0] parser$m_axis_payload_tdata;
    wire  [7:0] parser$m_axis_payload_tkeep;
    wire  parser$m_axis_payload_tlast;
    wire  parser$m_axis_payload_tuser;
    wire  parser$m_axis_payload_tvalid;
    reg  parser$m_axis_payload_tready;
    wire  parser$desc_valid;
    reg  parser$desc_ready;
    wire  [47:0] parser$desc_dst_mac;
    wire  [47:0] parser$desc_src_mac;
    wire  [31:0] parser$desc_src_ip;
    wire  [31:0] parser$desc_dst_ip;
    wire  [5:0] parser$desc_ip_dscp;
    wire  [1:0] parser$desc_ip_ecn;
    wire  [15:0] parser$desc_udp_src_port;
    wire  [15:0] parser$desc_udp_dst_port;
    wire  [7:0] parser$desc_opcode;
    wire  parser$desc_solicited;
    wire  parser$desc_mig_req;
    wire  [1:0] parser$desc_pad_count;
    wire  [3:0] parser$desc_tver;
    wire  [15:0] parser$desc_pkey;
    wire  parser$desc_fecn;
    wire  parser$desc_becn;
    wire  [23:0] parser$desc_dest_qp;
    wire  parser$desc_ack_req;
    wire  [23:0] parser$desc_psn;
    wire  parser$desc_has_reth;
    wire  [63:0] parser$desc_reth_va;
    wire  [31:0] parser$desc_reth_rkey;
    wire  [31:0] parser$desc_reth_dma_length;
    wire  parser$desc_has_aeth;
    wire  [7:0] parser$desc_aeth_syndrome;
    wire  [23:0] parser$desc_aeth_msn;
    wire  parser$desc_has_immdt;
    wire  [31:0] parser$desc_immdt;
    wire  parser$desc_has_ieth;
    wire  [31:0] parser$desc_ieth_rkey;
    wire  parser$desc_has_deth;
    wire  [31:0] parser$desc_deth_qkey;
    wire  [23:0] parser$desc_deth_src_qp;
    wire  [15:0] parser$desc_payload_length;
    wire  parser$desc_has_payload;
    wire  parser$verdict_valid;
    reg  parser$verdict_ready;
    wire  [4:0] parser$verdict_cause;
    reg  [4:0] parser$stat_index;
    wire  [31:0] parser$stat_value;
    reg  frames$clock;
    reg  frames$reset;
    reg  frames$desc_valid;
    wire  frames$desc_ready;
    reg  [7:0] frames$desc_opcode;
    reg  [23:0] frames$desc_dest_qp;
    reg  [23:0] frames$desc_psn;
    reg  frames$desc_ack_req;
    reg  [7:0] frames$desc_aeth_syndrome;
    reg  [15:0] frames$desc_payload_length;
    reg  frames$desc_has_payload;
    reg  [63:0] frames$s_axis_tdata;
    reg  [7:0] frames$s_axis_tkeep;
    reg  frames$s_axis_tlast;
    reg  frames$s_axis_tvalid;
    wire  frames$s_axis_tready;
    reg  frames$verdict_valid;
    wire  frames$verdict_ready;
    reg  [4:0] frames$verdict_cause;
    wire  frames$frame_valid;
    wire  [79:0] frames$frame;
    reg  frames$frame_pop;
    wire  [63:0] frames$m_axis_tdata;
    wire  [7:0] frames$m_axis_tkeep;
    wire  frames$m_axis_tlast;
    wire  frames$m_axis_tvalid;
    reg  frames$m_axis_tready;
    reg  router$clock;
    reg  router$reset;
    reg  router$frame_valid;
    reg  [79:0] router$frame;
    wire  router$frame_pop;
    reg  [63:0] router$s_axis_tdata;
    reg  [7:0] router$s_axis_tkeep;
    reg  router$s_axis_tlast;
    reg  router$s_axis_tvalid;
    wire  router$s_axis_tready;
    reg  [15:0] router$qp_enabled;
    reg  [23:0] router$qpn_base;
    wire  router$req_valid;
    reg  router$req_ready;
    wire  [3:0] router$req_qp;
    wire  [7:0] router$req_opcode;
    wire  [23:0] router$req_psn;
    wire  router$req_ack_req;
    reg  router$verdict_valid;
    wire  router$verdict_ready;
    reg  router$verdict_deliver;
    reg  router$verdict_send_aeth;
    reg  [7:0] router$verdict_syndrome;
    reg  [23:0] router$verdict_psn;
    reg  [23:0] router$verdict_msn;
    wire  router$ack_valid;
    reg  router$ack_ready;
    wire  [3:0] router$ack_qp;
    wire  [7:0] router$ack_syndrome;
    wire  [23:0] router$ack_psn;
    wire  [23:0] router$ack_msn;
    wire  [63:0] router$m_axis_tdata;
    wire  [7:0] router$m_axis_tkeep;
    wire  router$m_axis_tlast;
    wire  router$m_axis_tvalid;
    reg  router$m_axis_tready;
    wire  [23:0] router$m_axis_qp;
    wire  router$m_axis_message_end;
    wire  router$resp_valid;
    reg  router$resp_ready;
    wire  [3:0] router$resp_qp;
    wire  [7:0] router$resp_opcode;
    wire  [7:0] router$resp_syndrome;
    wire  [23:0] router$resp_psn;
    wire  [12:0] router$resp_payload_length;
    wire  [63:0] router$m_axis_resp_tdata;
    wire  router$m_axis_resp_tlast;
    wire  router$m_axis_resp_tvalid;
    reg  router$m_axis_resp_tready;
    wire  [31:0] router$unknown_qp;
    wire  [31:0] router$not_served;
    reg  responder$clock;
    reg  responder$reset;
    reg  responder$req_valid;
    wire  responder$req_ready;
    reg  [3:0] responder$req_qp;
    reg  [7:0] responder$req_opcode;
    reg  [23:0] responder$req_psn;
    reg  responder$req_ack_req;
    reg  responder$req_consumer_full;
    reg  [4:0] responder$rnr_timer;
    reg  responder$cfg_valid;
    wire  responder$cfg_ready;
    reg  [3:0] responder$cfg_qp;
    reg  [23:0] responder$cfg_expected_psn;
    wire  responder$verdict_valid;
    reg  responder$verdict_ready;
    wire  [3:0] responder$verdict_qp;
    wire  [2:0] responder$verdict_outcome;
    wire  responder$verdict_deliver;
    wire  responder$verdict_send_aeth;
    wire  [7:0] responder$verdict_syndrome;
    wire  [23:0] responder$verdict_psn;
    wire  [23:0] responder$verdict_msn;
    reg  [4:0] responder$counter_read_index;
    wire  [31:0] responder$counter_read_value;
    wire  responder$counters_ready;
    reg  connectors$clock;
    reg  connectors$reset;
    reg  [63:0] connectors$s_axis_tdata;
    reg  [7:0] connectors$s_axis_tkeep;
    reg  connectors$s_axis_tlast;
    reg  connectors$s_axis_tvalid;
    wire  connectors$s_axis_tready;
    reg  [23:0] connectors$s_axis_qp;
    reg  connectors$s_axis_message_end;
    reg  connectors$cfg_valid;
    wire  connectors$cfg_ready;
    reg  [3:0] connectors$cfg_qp;
    reg  connectors$cfg_enable;
    reg  connectors$cfg_connector;
    reg  connectors$cfg_controller;
    reg  [1:0] connectors$link_up;
    reg  [15:0] connectors$heartbeat_timeout;
    reg  connectors$failback_request;
    wire  [1:0] connectors$fence_backend;
    wire  [1:0] connectors$available;
    wire  [31:0] connectors$failovers;
    wire  [31:0] connectors$failbacks;
    wire  [31:0] connectors$last_failover_cycles;
    wire  [31:0] connectors$packets_dispatched;
    wire  [31:0] connectors$packets_unknown_qp;
    reg  [3:0] connectors$probe_qp;
    wire  connectors$probe_taken;
    wire  connectors$c0_work$valid;
    reg  connectors$c0_work$ready;
    wire  [3:0] connectors$c0_work$qp;
    wire  [1:0] connectors$c0_work$kind;
    wire  [15:0] connectors$c0_work$length;
    wire  [63:0] connectors$c0_work$va;
    wire  [31:0] connectors$c0_work$rkey;
    wire  [7:0] connectors$c0_work$tag;
    wire  [63:0] connectors$c0_work$payload$tdata;
    wire  connectors$c0_work$payload$tlast;
    wire  connectors$c0_work$payload$tvalid;
    reg  connectors$c0_work$payload$tready;
    reg  [63:0] connectors$c0_work$read$tdata;
    reg  connectors$c0_work$read$tlast;
    reg  connectors$c0_work$read$tvalid;
    wire  connectors$c0_work$read$tready;
    reg  [7:0] connectors$c0_work$read$tag;
    reg  [12:0] connectors$c0_work$read$length;
    reg  connectors$c0_work$read$last;
    wire  connectors$c1_work$valid;
    reg  connectors$c1_work$ready;
    wire  [3:0] connectors$c1_work$qp;
    wire  [1:0] connectors$c1_work$kind;
    wire  [15:0] connectors$c1_work$length;
    wire  [63:0] connectors$c1_work$va;
    wire  [31:0] connectors$c1_work$rkey;
    wire  [7:0] connectors$c1_work$tag;
    wire  [63:0] connectors$c1_work$payload$tdata;
    wire  connectors$c1_work$payload$tlast;
    wire  connectors$c1_work$payload$tvalid;
    reg  connectors$c1_work$payload$tready;
    reg  [63:0] connectors$c1_work$read$tdata;
    reg  connectors$c1_work$read$tlast;
    reg  connectors$c1_work$read$tvalid;
    wire  connectors$c1_work$read$tready;
    reg  [7:0] connectors$c1_work$read$tag;
    reg  [12:0] connectors$c1_work$read$length;
    reg  connectors$c1_work$read$last;
    reg  arbiter$clock;
    reg  arbiter$reset;
    reg  [15:0] arbiter$owner;
    reg  arbiter$c0$valid;
    wire  arbiter$c0$ready;
    reg  [3:0] arbiter$c0$qp;
    reg  [1:0] arbiter$c0$kind;
    reg  [15:0] arbiter$c0$length;
    reg  [63:0] arbiter$c0$va;
    reg  [31:0] arbiter$c0$rkey;
    reg  [7:0] arbiter$c0$tag;
    reg  [63:0] arbiter$c0$payload$tdata;
    reg  arbiter$c0$payload$tlast;
    reg  arbiter$c0$payload$tvalid;
    wire  arbiter$c0$payload$tready;
    wire  [63:0] arbiter$c0$read$tdata;
    wire  arbiter$c0$read$tlast;
    wire  arbiter$c0$read$tvalid;
    reg  arbiter$c0$read$tready;
    wire  [7:0] arbiter$c0$read$tag;
    wire  [12:0] arbiter$c0$read$length;
    wire  arbiter$c0$read$last;
    reg  arbiter$c1$valid;
    wire  arbiter$c1$ready;
    reg  [3:0] arbiter$c1$qp;
    reg  [1:0] arbiter$c1$kind;
    reg  [15:0] arbiter$c1$length;
    reg  [63:0] arbiter$c1$va;
    reg  [31:0] arbiter$c1$rkey;
    reg  [7:0] arbiter$c1$tag;
    reg  [63:0] arbiter$c1$payload$tdata;
    reg  arbiter$c1$payload$tlast;
    reg  arbiter$c1$payload$tvalid;
    wire  arbiter$c1$payload$tready;
    wire  [63:0] arbiter$c1$read$tdata;
    wire  arbiter$c1$read$tlast;
    wire  arbiter$c1$read$tvalid;
    reg  arbiter$c1$read$tready;
    wire  [7:0] arbiter$c1$read$tag;
    wire  [12:0] arbiter$c1$read$length;
    wire  arbiter$c1$read$last;
    wire  arbiter$wr_valid;
    reg  arbiter$wr_ready;
    wire  [3:0] arbiter$wr_qp;
    wire  [1:0] arbiter$wr_kind;
    wire  [15:0] arbiter$wr_length;
    wire  [63:0] arbiter$wr_va;
    wire  [31:0] arbiter$wr_rkey;
    wire  [7:0] arbiter$wr_tag;
    wire  [63:0] arbiter$m_axis_wr_tdata;
    wire  arbiter$m_axis_wr_tlast;
    wire  arbiter$m_axis_wr_tvalid;
    reg  arbiter$m_axis_wr_tready;
    reg  [63:0] arbiter$s_axis_read_tdata;
    reg  arbiter$s_axis_read_tlast;
    reg  arbiter$s_axis_read_tvalid;
    wire  arbiter$s_axis_read_tready;
    reg  [3:0] arbiter$read_qp;
    reg  [7:0] arbiter$read_tag;
    reg  [12:0] arbiter$read_length;
    reg  arbiter$read_last;
    reg  arbiter$cpl_valid;
    wire  arbiter$cpl_ready;
    reg  [2:0] arbiter$cpl_status;
    wire  [31:0] arbiter$work_requests_failed;
    reg  requester$clock;
    reg  requester$reset;
    reg  [15:0] requester$timer_prescale;
    reg  requester$cfg_valid;
    wire  requester$cfg_ready;
    reg  [3:0] requester$cfg_qp;
    reg  requester$cfg_enable;
    reg  [23:0] requester$cfg_first_psn;
    reg  [2:0] requester$cfg_mtu_shift;
    reg  [15:0] requester$cfg_timeout;
    reg  [3:0] requester$cfg_retry_limit;
    reg  requester$wr_valid;
    wire  requester$wr_ready;
    reg  [3:0] requester$wr_qp;
    reg  [1:0] requester$wr_kind;
    reg  [15:0] requester$wr_length;
    reg  [63:0] requester$wr_va;
    reg  [31:0] requester$wr_rkey;
    reg  [7:0] requester$wr_tag;
    reg  [63:0] requester$s_axis_wr_tdata;
    reg  requester$s_axis_wr_tlast;
    reg  requester$s_axis_wr_tvalid;
    wire  requester$s_axis_wr_tready;
    wire  requester$tx_valid;
    reg  requester$tx_ready;
    wire  [3:0] requester$tx_qp;
    wire  [7:0] requester$tx_opcode;
    wire  [23:0] requester$tx_psn;
    wire  requester$tx_ack_req;
    wire  [63:0] requester$tx_reth_va;
    wire  [31:0] requester$tx_reth_rkey;
    wire  [31:0] requester$tx_reth_length;
    wire  [31:0] requester$tx_ieth_rkey;
    wire  [12:0] requester$tx_payload_length;
    wire  [63:0] requester$m_axis_tx_tdata;
    wire  requester$m_axis_tx_tlast;
    wire  requester$m_axis_tx_tvalid;
    reg  requester$m_axis_tx_tready;
    reg  requester$resp_valid;
    wire  requester$resp_ready;
    reg  [3:0] requester$resp_qp;
    reg  [7:0] requester$resp_syndrome;
    reg  [23:0] requester$resp_psn;
    reg  [7:0] requester$resp_opcode;
    reg  [12:0] requester$resp_payload_length;
    reg  [63:0] requester$s_axis_resp_tdata;
    reg  requester$s_axis_resp_tlast;
    reg  requester$s_axis_resp_tvalid;
    wire  requester$s_axis_resp_tready;
    wire  [63:0] requester$m_axis_read_tdata;
    wire  requester$m_axis_read_tlast;
    wire  requester$m_axis_read_tvalid;
    reg  requester$m_axis_read_tready;
    wire  [3:0] requester$read_qp;
    wire  [7:0] requester$read_tag;
    wire  [12:0] requester$read_length;
    wire  requester$read_last;
    wire  requester$cpl_valid;
    reg  requester$cpl_ready;
    wire  [3:0] requester$cpl_qp;
    wire  [7:0] requester$cpl_tag;
    wire  [2:0] requester$cpl_status;
    wire  [15:0] requester$qp_error;
    reg  [4:0] requester$counter_read_index;
    wire  [31:0] requester$counter_read_value;
    wire  requester$counters_ready;
    reg  transmit$clock;
    reg  transmit$reset;
    reg  [47:0] transmit$local_mac;
    reg  [31:0] transmit$local_ip;
    reg  transmit$cfg_write;
    reg  [3:0] transmit$cfg_qp;
    reg  [103:0] transmit$cfg_peer;
    reg  transmit$ack_valid;
    wire  transmit$ack_ready;
    reg  [3:0] transmit$ack_qp;
    reg  [7:0] transmit$ack_syndrome;
    reg  [23:0] transmit$ack_psn;
    reg  [23:0] transmit$ack_msn;
    reg  transmit$tx_valid;
    wire  transmit$tx_ready;
    reg  [3:0] transmit$tx_qp;
    reg  [7:0] transmit$tx_opcode;
    reg  [23:0] transmit$tx_psn;
    reg  transmit$tx_ack_req;
    reg  [63:0] transmit$tx_reth_va;
    reg  [31:0] transmit$tx_reth_rkey;
    reg  [31:0] transmit$tx_reth_length;
    reg  [31:0] transmit$tx_ieth_rkey;
    reg  [12:0] transmit$tx_payload_length;
    reg  [63:0] transmit$s_axis_tx_tdata;
    reg  transmit$s_axis_tx_tlast;
    reg  transmit$s_axis_tx_tvalid;
    wire  transmit$s_axis_tx_tready;
    wire  transmit$desc_valid;
    reg  transmit$desc_ready;
    wire  [47:0] transmit$desc_dst_mac;
    wire  [47:0] transmit$desc_src_mac;
    wire  [31:0] transmit$desc_src_ip;
    wire  [31:0] transmit$desc_dst_ip;
    wire  [15:0] transmit$desc_udp_src_port;
    wire  [7:0] transmit$desc_opcode;
    wire  [23:0] transmit$desc_dest_qp;
    wire  transmit$desc_ack_req;
    wire  [23:0] transmit$desc_psn;
    wire  [63:0] transmit$desc_reth_va;
    wire  [31:0] transmit$desc_reth_rkey;
    wire  [31:0] transmit$desc_reth_dma_length;
    wire  [7:0] transmit$desc_aeth_syndrome;
    wire  [23:0] transmit$desc_aeth_msn;
    wire  [31:0] transmit$desc_ieth_rkey;
    wire  [12:0] transmit$desc_payload_length;
    wire  [63:0] transmit$m_axis_payload_tdata;
    wire  transmit$m_axis_payload_tlast;
    wire  transmit$m_axis_payload_tvalid;
    reg  transmit$m_axis_payload_tready;
    wire  [31:0] transmit$acks_sent;
    wire  [31:0] transmit$requests_sent;
    reg  builder$clock;
    reg  builder$reset;
    reg  builder$desc_valid;
    wire  builder$desc_ready;
    reg  [47:0] builder$desc_dst_mac;
    reg  [47:0] builder$desc_src_mac;
    reg  [31:0] builder$desc_src_ip;
    reg  [31:0] builder$desc_dst_ip;
    reg  [5:0] builder$desc_ip_dscp;
    reg  [1:0] builder$desc_ip_ecn;
    reg  [15:0] builder$desc_udp_src_port;
    reg  [7:0] builder$desc_opcode;
    reg  builder$desc_solicited;
    reg  builder$desc_mig_req;
    reg  [15:0] builder$desc_pkey;
    reg  builder$desc_fecn;
    reg  builder$desc_becn;
    reg  [23:0] builder$desc_dest_qp;
    reg  builder$desc_ack_req;
    reg  [23:0] builder$desc_psn;
    reg  [63:0] builder$desc_reth_va;
    reg  [31:0] builder$desc_reth_rkey;
    reg  [31:0] builder$desc_reth_dma_length;
    reg  [7:0] builder$desc_aeth_syndrome;
    reg  [23:0] builder$desc_aeth_msn;
    reg  [31:0] builder$desc_immdt;
    reg  [31:0] builder$desc_ieth_rkey;
    reg  [31:0] builder$desc_deth_qkey;
    reg  [23:0] builder$desc_deth_src_qp;
    reg  [12:0] builder$desc_payload_length;
    reg  [63:0] builder$s_axis_payload_tdata;
    reg  builder$s_axis_payload_tlast;
    reg  builder$s_axis_payload_tvalid;
    wire  builder$s_axis_payload_tready;
    wire  [63:0] builder$m_axis_tdata;
    wire  [7:0] builder$m_axis_tkeep;
    wire  builder$m_axis_tlast;
    wire  builder$m_axis_tvalid;
    reg  builder$m_axis_tready;
    wire  [31:0] builder$stat_frames;
    wire  [31:0] builder$stat_bad_descriptors;
    wire  [31:0] builder$stat_payload_mismatches;
    reg  [15:0] enabled$d;
    wire  [15:0] enabled$q;
    reg  enabled$clock;
    reg  [15:0] owner$d;
    wire  [15:0] owner$q;
    reg  owner$clock;
    
    // Local signals
    reg  cfg_take;
    reg  [103:0] peer;
    reg  [15:0] qp_bit;
    
    // Sub module instances
    nic_core$parser parser(
        .clock(parser$clock),
        .reset(parser$reset),
        .cfg_pkey(parser$cfg_pkey),
        .cfg_path_mtu(parser$cfg_path_mtu),
        .s_axis_tdata(parser$s_axis_tdata),
        .s_axis_tkeep(parser$s_axis_tkeep),
        .s_axis_tlast(parser$s_axis_tlast),
        .s_axis_tuser(parser$s_axis_tuser),
        .s_axis_tvalid(parser$s_axis_tvalid),
        .s_axis_tready(parser$s_axis_tready),
        .m_axis_payload_tdata(parser$m_axis_payload_tdata),
        .m_axis_payload_tkeep(parser$m_axis_payload_tkeep),
        .m_axis_payload_tlast(parser$m_axis_payload_tlast),
        .m_axis_payload_tuser(parser$m_axis_payload_tuser),
        .m_axis_payload_tvalid(parser$m_axis_payload_tvalid),
        .m_axis_payload_tready(parser$m_axis_payload_tready),
        .desc_valid(parser$desc_valid),
        .desc_ready(parser$desc_ready),
        .desc_dst_mac(parser$desc_dst_mac),
        .desc_src_mac(parser$desc_src_mac),
        .desc_src_ip(parser$desc_src_ip),
        .desc_dst_ip(parser$desc_dst_ip),
        .desc_ip_dscp(parser$desc_ip_dscp),
        .desc_ip_ecn(parser$desc_ip_ecn),
        .desc_udp_src_port(parser$desc_udp_src_port),
        .desc_udp_dst_port(parser$desc_udp_dst_port),
        .desc_opcode(parser$desc_opcode),
        .desc_solicited(parser$desc_solicited),
        .desc_mig_req(parser$desc_mig_req),
        .desc_pad_count(parser$desc_pad_count),
        .desc_tver(parser$desc_tver),
        .desc_pkey(parser$desc_pkey),
        .desc_fecn(parser$desc_fecn),
        .desc_becn(parser$desc_becn),
        .desc_dest_qp(parser$desc_dest_qp),
        .desc_ack_req(parser$desc_ack_req),
        .desc_psn(parser$desc_psn),
        .desc_has_reth(parser$desc_has_reth),
        .desc_reth_va(parser$desc_reth_va),
        .desc_reth_rkey(parser$desc_reth_rkey),
        .desc_reth_dma_length(parser$desc_reth_dma_length),
        .desc_has_aeth(parser$desc_has_aeth),
        .desc_aeth_syndrome(parser$desc_aeth_syndrome),
        .desc_aeth_msn(parser$desc_aeth_msn),
        .desc_has_immdt(parser$desc_has_immdt),
        .desc_immdt(parser$desc_immdt),
        .desc_has_ieth(parser$desc_has_ieth),
        .desc_ieth_rkey(parser$desc_ieth_rkey),
        .desc_has_deth(parser$desc_has_deth),
        .desc_deth_qkey(parser$desc_deth_qkey),
        .desc_deth_src_qp(parser$desc_deth_src_qp),
        .desc_payload_length(parser$desc_payload_length),
        .desc_has_payload(parser$desc_has_payload),
        .verdict_valid(parser$verdict_valid),
        .verdict_ready(parser$verdict_ready),
        .verdict_cause(parser$verdict_cause),
        .stat_index(parser$stat_index),
        .stat_value(parser$stat_value)
    );
    nic_core$frames frames(
        .clock(frames$clock),
        .reset(frames$reset),
        .desc_valid(frames$desc_valid),
        .desc_ready(frames$desc_ready),
        .desc_opcode(frames$desc_opcode),
        .desc_dest_qp(frames$desc_dest_qp),
        .desc_psn(frames$desc_psn),
        .desc_ack_req(frames$desc_ack_req),
        .desc_aeth_syndrome(frames$desc_aeth_syndrome),
        .desc_payload_length(frames$desc_payload_length),
        .desc_has_payload(frames$desc_has_payload),
        .s_axis_tdata(frames$s_axis_tdata),
        .s_axis_tkeep(frames$s_axis_tkeep),
        .s_axis_tlast(frames$s_axis_tlast),
        .s_axis_tvalid(frames$s_axis_tvalid),
        .s_axis_tready(frames$s_axis_tready),
        .verdict_valid(frames$verdict_valid),
        .verdict_ready(frames$verdict_ready),
        .verdict_cause(frames$verdict_cause),
        .frame_valid(frames$frame_valid),
        .frame(frames$frame),
        .frame_pop(frames$frame_pop),
        .m_axis_tdata(frames$m_axis_tdata),
        .m_axis_tkeep(frames$m_axis_tkeep),
        .m_axis_tlast(frames$m_axis_tlast),
        .m_axis_tvalid(frames$m_axis_tvalid),
        .m_axis_tready(frames$m_axis_tready)
    );
    nic_core$router router(
        .clock(router$clock),
        .reset(router$reset),
        .frame_valid(router$frame_valid),
        .frame(router$frame),
        .frame_pop(router$frame_pop),
        .s_axis_tdata(router$s_axis_tdata),
        .s_axis_tkeep(router$s_axis_tkeep),
        .s_axis_tlast(router$s_axis_tlast),
        .s_axis_tvalid(router$s_axis_tvalid),
        .s_axis_tready(router$s_axis_tready),
        .qp_enabled(router$qp_enabled),
        .qpn_base(router$qpn_base),
        .req_valid(router$req_valid),
        .req_ready(router$req_ready),
        .req_qp(router$req_qp),
        .req_opcode(router$req_opcode),
        .req_psn(router$req_psn),
        .req_ack_req(router$req_ack_req),
        .verdict_valid(router$verdict_valid),
        .verdict_ready(router$verdict_ready),
        .verdict_deliver(router$verdict_deliver),
        .verdict_send_aeth(router$verdict_send_aeth),
        .verdict_syndrome(router$verdict_syndrome),
        .verdict_psn(router$verdict_psn),
        .verdict_msn(router$verdict_msn),
        .ack_valid(router$ack_valid),
        .ack_ready(router$ack_ready),
        .ack_qp(router$ack_qp),
        .ack_syndrome(router$ack_syndrome),
        .ack_psn(router$ack_psn),
        .ack_msn(router$ack_msn),
        .m_axis_tdata(router$m_axis_tdata),
        .m_axis_tkeep(router$m_axis_tkeep),
        .m_axis_tlast(router$m_axis_tlast),
        .m_axis_tvalid(router$m_axis_tvalid),
        .m_axis_tready(router$m_axis_tready),
        .m_axis_qp(router$m_axis_qp),
        .m_axis_message_end(router$m_axis_message_end),
        .resp_valid(router$resp_valid),
        .resp_ready(router$resp_ready),
        .resp_qp(router$resp_qp),
        .resp_opcode(router$resp_opcode),
        .resp_syndrome(router$resp_syndrome),
        .resp_psn(router$resp_psn),
        .resp_payload_length(router$resp_payload_length),
        .m_axis_resp_tdata(router$m_axis_resp_tdata),
        .m_axis_resp_tlast(router$m_axis_resp_tlast),
        .m_axis_resp_tvalid(router$m_axis_resp_tvalid),
        .m_axis_resp_tready(router$m_axis_resp_tready),
        .unknown_qp(router$unknown_qp),
        .not_served(router$not_served)
    );
    nic_core$responder responder(
        .clock(responder$clock),
        .reset(responder$reset),
        .req_valid(responder$req_valid),
        .req_ready(responder$req_ready),
        .req_qp(responder$req_qp),
        .req_opcode(responder$req_opcode),
        .req_psn(responder$req_psn),
        .req_ack_req(responder$req_ack_req),
        .req_consumer_full(responder$req_consumer_full),
        .rnr_timer(responder$rnr_timer),
        .cfg_valid(responder$cfg_valid),
        .cfg_ready(responder$cfg_ready),
        .cfg_qp(responder$cfg_qp),
        .cfg_expected_psn(responder$cfg_expected_psn),
        .verdict_valid(responder$verdict_valid),
        .verdict_ready(responder$verdict_ready),
        .verdict_qp(responder$verdict_qp),
        .verdict_outcome(responder$verdict_outcome),
        .verdict_deliver(responder$verdict_deliver),
        .verdict_send_aeth(responder$verdict_send_aeth),
        .verdict_syndrome(responder$verdict_syndrome),
        .verdict_psn(responder$verdict_psn),
        .verdict_msn(responder$verdict_msn),
        .counter_read_index(responder$counter_read_index),
        .counter_read_value(responder$counter_read_value),
        .counters_ready(responder$counters_ready)
    );
    nic_core$connectors connectors(
        .clock(connectors$clock),
        .reset(connectors$reset),
        .s_axis_tdata(connectors$s_axis_tdata),
        .s_axis_tkeep(connectors$s_axis_tkeep),
        .s_axis_tlast(connectors$s_axis_tlast),
        .s_axis_tvalid(connectors$s_axis_tvalid),
        .s_axis_tready(connectors$s_axis_tready),
        .s_axis_qp(connectors$s_axis_qp),
        .s_axis_message_end(connectors$s_axis_message_end),
        .cfg_valid(connectors$cfg_valid),
        .cfg_ready(connectors$cfg_ready),
        .cfg_qp(connectors$cfg_qp),
        .cfg_enable(connectors$cfg_enable),
        .cfg_connector(connectors$cfg_connector),
        .cfg_controller(connectors$cfg_controller),
        .link_up(connectors$link_up),
        .heartbeat_timeout(connectors$heartbeat_timeout),
        .failback_request(connectors$failback_request),
        .fence_backend(connectors$fence_backend),
        .available(connectors$available),
        .failovers(connectors$failovers),
        .failbacks(connectors$failbacks),
        .last_failover_cycles(connectors$last_failover_cycles),
        .packets_dispatched(connectors$packets_dispatched),
        .packets_unknown_qp(connectors$packets_unknown_qp),
        .probe_qp(connectors$probe_qp),
        .probe_taken(connectors$probe_taken),
        .c0_links$from_a$tdata(c0_links$from_a$tdata),
        .c0_links$from_a$tlast(c0_links$from_a$tlast),
        .c0_links$from_a$tvalid(c0_links$from_a$tvalid),
        .c0_links$from_a$tready(c0_links$from_a$tready),
        .c0_links$from_b$tdata(c0_links$from_b$tdata),
        .c0_links$from_b$tlast(c0_links$from_b$tlast),
        .c0_links$from_b$tvalid(c0_links$from_b$tvalid),
        .c0_links$from_b$tready(c0_links$from_b$tready),
        .c0_links$to_controller$tdata(c0_links$to_controller$tdata),
        .c0_links$to_controller$tlast(c0_links$to_controller$tlast),
        .c0_links$to_controller$tvalid(c0_links$to_controller$tvalid),
        .c0_links$to_controller$tready(c0_links$to_controller$tready),
        .c0_work$valid(connectors$c0_work$valid),
        .c0_work$ready(connectors$c0_work$ready),
        .c0_work$qp(connectors$c0_work$qp),
        .c0_work$kind(connectors$c0_work$kind),
        .c0_work$length(connectors$c0_work$length),
        .c0_work$va(connectors$c0_work$va),
        .c0_work$rkey(connectors$c0_work$rkey),
        .c0_work$tag(connectors$c0_work$tag),
        .c0_work$payload$tdata(connectors$c0_work$payload$tdata),
        .c0_work$payload$tlast(connectors$c0_work$payload$tlast),
        .c0_work$payload$tvalid(connectors$c0_work$payload$tvalid),
        .c0_work$payload$tready(connectors$c0_work$payload$tready),
        .c0_work$read$tdata(connectors$c0_work$read$tdata),
        .c0_work$read$tlast(connectors$c0_work$read$tlast),
        .c0_work$read$tvalid(connectors$c0_work$read$tvalid),
        .c0_work$read$tready(connectors$c0_work$read$tready),
        .c0_work$read$tag(connectors$c0_work$read$tag),
        .c0_work$read$length(connectors$c0_work$read$length),
        .c0_work$read$last(connectors$c0_work$read$last),
        .c0_counters$commands_forwarded(c0_counters$commands_forwarded),
        .c0_counters$completions_delivered(c0_counters$completions_delivered),
        .c0_counters$unknown_qp(c0_counters$unknown_qp),
        .c0_counters$slots_full(c0_counters$slots_full),
        .c0_counters$malformed_capsule(c0_counters$malformed_capsule),
        .c0_counters$capsule_too_long(c0_counters$capsule_too_long),
        .c0_counters$wqe_unknown_qp(c0_counters$wqe_unknown_qp),
        .c0_counters$wqe_malformed(c0_counters$wqe_malformed),
        .c0_counters$cqe_unknown_cid(c0_counters$cqe_unknown_cid),
        .c0_counters$read_data_unknown(c0_counters$read_data_unknown),
        .c0_counters$wrong_link(c0_counters$wrong_link),
        .c0_counters$commands_replayed(c0_counters$commands_replayed),
        .c0_counters$late_discarded(c0_counters$late_discarded),
        .c0_counters$takeovers_acked(c0_counters$takeovers_acked),
        .c0_counters$path_errors_sent(c0_counters$path_errors_sent),
        .c0_counters$writes_truncated(c0_counters$writes_truncated),
        .c1_links$from_a$tdata(c1_links$from_a$tdata),
        .c1_links$from_a$tlast(c1_links$from_a$tlast),
        .c1_links$from_a$tvalid(c1_links$from_a$tvalid),
        .c1_links$from_a$tready(c1_links$from_a$tready),
        .c1_links$from_b$tdata(c1_links$from_b$tdata),
        .c1_links$from_b$tlast(c1_links$from_b$tlast),
        .c1_links$from_b$tvalid(c1_links$from_b$tvalid),
        .c1_links$from_b$tready(c1_links$from_b$tready),
        .c1_links$to_controller$tdata(c1_links$to_controller$tdata),
        .c1_links$to_controller$tlast(c1_links$to_controller$tlast),
        .c1_links$to_controller$tvalid(c1_links$to_controller$tvalid),
        .c1_links$to_controller$tready(c1_links$to_controller$tready),
        .c1_work$valid(connectors$c1_work$valid),
        .c1_work$ready(connectors$c1_work$ready),
        .c1_work$qp(connectors$c1_work$qp),
        .c1_work$kind(connectors$c1_work$kind),
        .c1_work$length(connectors$c1_work$length),
        .c1_work$va(connectors$c1_work$va),
        .c1_work$rkey(connectors$c1_work$rkey),
        .c1_work$tag(connectors$c1_work$tag),
        .c1_work$payload$tdata(connectors$c1_work$payload$tdata),
        .c1_work$payload$tlast(connectors$c1_work$payload$tlast),
        .c1_work$payload$tvalid(connectors$c1_work$payload$tvalid),
        .c1_work$payload$tready(connectors$c1_work$payload$tready),
        .c1_work$read$tdata(connectors$c1_work$read$tdata),
        .c1_work$read$tlast(connectors$c1_work$read$tlast),
        .c1_work$read$tvalid(connectors$c1_work$read$tvalid),
        .c1_work$read$tready(connectors$c1_work$read$tready),
        .c1_work$read$tag(connectors$c1_work$read$tag),
        .c1_work$read$length(connectors$c1_work$read$length),
        .c1_work$read$last(connectors$c1_work$read$last),
        .c1_counters$commands_forwarded(c1_counters$commands_forwarded),
        .c1_counters$completions_delivered(c1_counters$completions_delivered),
        .c1_counters$unknown_qp(c1_counters$unknown_qp),
        .c1_counters$slots_full(c1_counters$slots_full),
        .c1_counters$malformed_capsule(c1_counters$malformed_capsule),
        .c1_counters$capsule_too_long(c1_counters$capsule_too_long),
        .c1_counters$wqe_unknown_qp(c1_counters$wqe_unknown_qp),
        .c1_counters$wqe_malformed(c1_counters$wqe_malformed),
        .c1_counters$cqe_unknown_cid(c1_counters$cqe_unknown_cid),
        .c1_counters$read_data_unknown(c1_counters$read_data_unknown),
        .c1_counters$wrong_link(c1_counters$wrong_link),
        .c1_counters$commands_replayed(c1_counters$commands_replayed),
        .c1_counters$late_discarded(c1_counters$late_discarded),
        .c1_counters$takeovers_acked(c1_counters$takeovers_acked),
        .c1_counters$path_errors_sent(c1_counters$path_errors_sent),
        .c1_counters$writes_truncated(c1_counters$writes_truncated)
    );
    nic_core$arbiter arbiter(
        .clock(arbiter$clock),
        .reset(arbiter$reset),
        .owner(arbiter$owner),
        .c0$valid(arbiter$c0$valid),
        .c0$ready(arbiter$c0$ready),
        .c0$qp(arbiter$c0$qp),
        .c0$kind(arbiter$c0$kind),
        .c0$length(arbiter$c0$length),
        .c0$va(arbiter$c0$va),
        .c0$rkey(arbiter$c0$rkey),
        .c0$tag(arbiter$c0$tag),
        .c0$payload$tdata(arbiter$c0$payload$tdata),
        .c0$payload$tlast(arbiter$c0$payload$tlast),
        .c0$payload$tvalid(arbiter$c0$payload$tvalid),
        .c0$payload$tready(arbiter$c0$payload$tready),
        .c0$read$tdata(arbiter$c0$read$tdata),
        .c0$read$tlast(arbiter$c0$read$tlast),
        .c0$read$tvalid(arbiter$c0$read$tvalid),
        .c0$read$tready(arbiter$c0$read$tready),
        .c0$read$tag(arbiter$c0$read$tag),
        .c0$read$length(arbiter$c0$read$length),
        .c0$read$last(arbiter$c0$read$last),
        .c1$valid(arbiter$c1$valid),
        .c1$ready(arbiter$c1$ready),
        .c1$qp(arbiter$c1$qp),
        .c1$kind(arbiter$c1$kind),
        .c1$length(arbiter$c1$length),
        .c1$va(arbiter$c1$va),
        .c1$rkey(arbiter$c1$rkey),
        .c1$tag(arbiter$c1$tag),
        .c1$payload$tdata(arbiter$c1$payload$tdata),
        .c1$payload$tlast(arbiter$c1$payload$tlast),
        .c1$payload$tvalid(arbiter$c1$payload$tvalid),
        .c1$payload$tready(arbiter$c1$payload$tready),
        .c1$read$tdata(arbiter$c1$read$tdata),
        .c1$read$tlast(arbiter$c1$read$tlast),
        .c1$read$tvalid(arbiter$c1$read$tvalid),
        .c1$read$tready(arbiter$c1$read$tready),
        .c1$read$tag(arbiter$c1$read$tag),
        .c1$read$length(arbiter$c1$read$length),
        .c1$read$last(arbiter$c1$read$last),
        .wr_valid(arbiter$wr_valid),
        .wr_ready(arbiter$wr_ready),
        .wr_qp(arbiter$wr_qp),
        .wr_kind(arbiter$wr_kind),
        .wr_length(arbiter$wr_length),
        .wr_va(arbiter$wr_va),
        .wr_rkey(arbiter$wr_rkey),
        .wr_tag(arbiter$wr_tag),
        .m_axis_wr_tdata(arbiter$m_axis_wr_tdata),
        .m_axis_wr_tlast(arbiter$m_axis_wr_tlast),
        .m_axis_wr_tvalid(arbiter$m_axis_wr_tvalid),
        .m_axis_wr_tready(arbiter$m_axis_wr_tready),
        .s_axis_read_tdata(arbiter$s_axis_read_tdata),
        .s_axis_read_tlast(arbiter$s_axis_read_tlast),
        .s_axis_read_tvalid(arbiter$s_axis_read_tvalid),
        .s_axis_read_tready(arbiter$s_axis_read_tready),
        .read_qp(arbiter$read_qp),
        .read_tag(arbiter$read_tag),
        .read_length(arbiter$read_length),
        .read_last(arbiter$read_last),
        .cpl_valid(arbiter$cpl_valid),
        .cpl_ready(arbiter$cpl_ready),
        .cpl_status(arbiter$cpl_status),
        .work_requests_failed(arbiter$work_requests_failed)
    );
    nic_core$requester requester(
        .clock(requester$clock),
        .reset(requester$reset),
        .timer_prescale(requester$timer_prescale),
        .cfg_valid(requester$cfg_valid),
        .cfg_ready(requester$cfg_ready),
        .cfg_qp(requester$cfg_qp),
        .cfg_enable(requester$cfg_enable),
        .cfg_first_psn(requester$cfg_first_psn),
        .cfg_mtu_shift(requester$cfg_mtu_shift),
        .cfg_timeout(requester$cfg_timeout),
        .cfg_retry_limit(requester$cfg_retry_limit),
        .wr_valid(requester$wr_valid),
        .wr_ready(requester$wr_ready),
        .wr_qp(requester$wr_qp),
        .wr_kind(requester$wr_kind),
        .wr_length(requester$wr_length),
        .wr_va(requester$wr_va),
        .wr_rkey(requester$wr_rkey),
        .wr_tag(requester$wr_tag),
        .s_axis_wr_tdata(requester$s_axis_wr_tdata),
        .s_axis_wr_tlast(requester$s_axis_wr_tlast),
        .s_axis_wr_tvalid(requester$s_axis_wr_tvalid),
        .s_axis_wr_tready(requester$s_axis_wr_tready),
        .tx_valid(requester$tx_valid),
        .tx_ready(requester$tx_ready),
        .tx_qp(requester$tx_qp),
        .tx_opcode(requester$tx_opcode),
        .tx_psn(requester$tx_psn),
        .tx_ack_req(requester$tx_ack_req),
        .tx_reth_va(requester$tx_reth_va),
        .tx_reth_rkey(requester$tx_reth_rkey),
        .tx_reth_length(requester$tx_reth_length),
        .tx_ieth_rkey(requester$tx_ieth_rkey),
        .tx_payload_length(requester$tx_payload_length),
        .m_axis_tx_tdata(requester$m_axis_tx_tdata),
        .m_axis_tx_tlast(requester$m_axis_tx_tlast),
        .m_axis_tx_tvalid(requester$m_axis_tx_tvalid),
        .m_axis_tx_tready(requester$m_axis_tx_tready),
        .resp_valid(requester$resp_valid),
        .resp_ready(requester$resp_ready),
        .resp_qp(requester$resp_qp),
        .resp_syndrome(requester$resp_syndrome),
        .resp_psn(requester$resp_psn),
        .resp_opcode(requester$resp_opcode),
        .resp_payload_length(requester$resp_payload_length),
        .s_axis_resp_tdata(requester$s_axis_resp_tdata),
        .s_axis_resp_tlast(requester$s_axis_resp_tlast),
        .s_axis_resp_tvalid(requester$s_axis_resp_tvalid),
        .s_axis_resp_tready(requester$s_axis_resp_tready),
        .m_axis_read_tdata(requester$m_axis_read_tdata),
        .m_axis_read_tlast(requester$m_axis_read_tlast),
        .m_axis_read_tvalid(requester$m_axis_read_tvalid),
        .m_axis_read_tready(requester$m_axis_read_tready),
        .read_qp(requester$read_qp),
        .read_tag(requester$read_tag),
        .read_length(requester$read_length),
        .read_last(requester$read_last),
        .cpl_valid(requester$cpl_valid),
        .cpl_ready(requester$cpl_ready),
        .cpl_qp(requester$cpl_qp),
        .cpl_tag(requester$cpl_tag),
        .cpl_status(requester$cpl_status),
        .qp_error(requester$qp_error),
        .counter_read_index(requester$counter_read_index),
        .counter_read_value(requester$counter_read_value),
        .counters_ready(requester$counters_ready)
    );
    nic_core$transmit transmit(
        .clock(transmit$clock),
        .reset(transmit$reset),
        .local_mac(transmit$local_mac),
        .local_ip(transmit$local_ip),
        .cfg_write(transmit$cfg_write),
        .cfg_qp(transmit$cfg_qp),
        .cfg_peer(transmit$cfg_peer),
        .ack_valid(transmit$ack_valid),
        .ack_ready(transmit$ack_ready),
        .ack_qp(transmit$ack_qp),
        .ack_syndrome(transmit$ack_syndrome),
        .ack_psn(transmit$ack_psn),
        .ack_msn(transmit$ack_msn),
        .tx_valid(transmit$tx_valid),
        .tx_ready(transmit$tx_ready),
        .tx_qp(transmit$tx_qp),
        .tx_opcode(transmit$tx_opcode),
        .tx_psn(transmit$tx_psn),
        .tx_ack_req(transmit$tx_ack_req),
        .tx_reth_va(transmit$tx_reth_va),
        .tx_reth_rkey(transmit$tx_reth_rkey),
        .tx_reth_length(transmit$tx_reth_length),
        .tx_ieth_rkey(transmit$tx_ieth_rkey),
        .tx_payload_length(transmit$tx_payload_length),
        .s_axis_tx_tdata(transmit$s_axis_tx_tdata),
        .s_axis_tx_tlast(transmit$s_axis_tx_tlast),
        .s_axis_tx_tvalid(transmit$s_axis_tx_tvalid),
        .s_axis_tx_tready(transmit$s_axis_tx_tready),
        .desc_valid(transmit$desc_valid),
        .desc_ready(transmit$desc_ready),
        .desc_dst_mac(transmit$desc_dst_mac),
        .desc_src_mac(transmit$desc_src_mac),
        .desc_src_ip(transmit$desc_src_ip),
        .desc_dst_ip(transmit$desc_dst_ip),
        .desc_udp_src_port(transmit$desc_udp_src_port),
        .desc_opcode(transmit$desc_opcode),
        .desc_dest_qp(transmit$desc_dest_qp),
        .desc_ack_req(transmit$desc_ack_req),
        .desc_psn(transmit$desc_psn),
        .desc_reth_va(transmit$desc_reth_va),
        .desc_reth_rkey(transmit$desc_reth_rkey),
        .desc_reth_dma_length(transmit$desc_reth_dma_length),
        .desc_aeth_syndrome(transmit$desc_aeth_syndrome),
        .desc_aeth_msn(transmit$desc_aeth_msn),
        .desc_ieth_rkey(transmit$desc_ieth_rkey),
        .desc_payload_length(transmit$desc_payload_length),
        .m_axis_payload_tdata(transmit$m_axis_payload_tdata),
        .m_axis_payload_tlast(transmit$m_axis_payload_tlast),
        .m_axis_payload_tvalid(transmit$m_axis_payload_tvalid),
        .m_axis_payload_tready(transmit$m_axis_payload_tready),
        .acks_sent(transmit$acks_sent),
        .requests_sent(transmit$requests_sent)
    );
    nic_core$builder builder(
        .clock(builder$clock),
        .reset(builder$reset),
        .desc_valid(builder$desc_valid),
        .desc_ready(builder$desc_ready),
        .desc_dst_mac(builder$desc_dst_mac),
        .desc_src_mac(builder$desc_src_mac),
        .desc_src_ip(builder$desc_src_ip),
        .desc_dst_ip(builder$desc_dst_ip),
        .desc_ip_dscp(builder$desc_ip_dscp),
        .desc_ip_ecn(builder$desc_ip_ecn),
        .desc_udp_src_port(builder$desc_udp_src_port),
        .desc_opcode(builder$desc_opcode),
        .desc_solicited(builder$desc_solicited),
        .desc_mig_req(builder$desc_mig_req),
        .desc_pkey(builder$desc_pkey),
        .desc_fecn(builder$desc_fecn),
        .desc_becn(builder$desc_becn),
        .desc_dest_qp(builder$desc_dest_qp),
        .desc_ack_req(builder$desc_ack_req),
        .desc_psn(builder$desc_psn),
        .desc_reth_va(builder$desc_reth_va),
        .desc_reth_rkey(builder$desc_reth_rkey),
        .desc_reth_dma_length(builder$desc_reth_dma_length),
        .desc_aeth_syndrome(builder$desc_aeth_syndrome),
        .desc_aeth_msn(builder$desc_aeth_msn),
        .desc_immdt(builder$desc_immdt),
        .desc_ieth_rkey(builder$desc_ieth_rkey),
        .desc_deth_qkey(builder$desc_deth_qkey),
        .desc_deth_src_qp(builder$desc_deth_src_qp),
        .desc_payload_length(builder$desc_payload_length),
        .s_axis_payload_tdata(builder$s_axis_payload_tdata),
        .s_axis_payload_tlast(builder$s_axis_payload_tlast),
        .s_axis_payload_tvalid(builder$s_axis_payload_tvalid),
        .s_axis_payload_tready(builder$s_axis_payload_tready),
        .m_axis_tdata(builder$m_axis_tdata),
        .m_axis_tkeep(builder$m_axis_tkeep),
        .m_axis_tlast(builder$m_axis_tlast),
        .m_axis_tvalid(builder$m_axis_tvalid),
        .m_axis_tready(builder$m_axis_tready),
        .stat_frames(builder$stat_frames),
        .stat_bad_descriptors(builder$stat_bad_descriptors),
        .stat_payload_mismatches(builder$stat_payload_mismatches)
    );
    nic_core$enabled enabled(
        .d(enabled$d),
        .q(enabled$q),
        .clock(enabled$clock)
    );
    nic_core$owner owner(
        .d(owner$d),
        .q(owner$q),
        .clock(owner$clock)
    );
    
    // Update code
    always @(*) begin
        enabled$clock = clock;
        owner$clock = clock;
        enabled$d = enabled$q;
        owner$d = owner$q;
        parser$clock = clock;
        parser$reset = reset;
        frames$clock = clock;
        frames$reset = reset;
        router$clock = clock;
        router$reset = reset;
        responder$clock = clock;
        responder$reset = reset;
        connectors$clock = clock;
        connectors$reset = reset;
        arbiter$clock = clock;
        arbiter$reset = reset;
        requester$clock = clock;
        requester$reset = reset;
        transmit$clock = clock;
        transmit$reset = reset;
        builder$clock = clock;
        builder$reset = reset;
        parser$cfg_pkey = all_partitions;
        parser$cfg_path_mtu = mtu_base << mtu_shift;
        parser$s_axis_tdata = s_axis_rx_tdata;
        parser$s_axis_tkeep = s_axis_rx_tkeep;
        parser$s_axis_tlast = s_axis_rx_tlast;
        parser$s_axis_tuser = s_axis_rx_tuser;
        parser$s_axis_tvalid = s_axis_rx_tvalid;
        s_axis_rx_tready = parser$s_axis_tready;
        parser$stat_index = roce_counters$rx_stat_index;
        roce_counters$rx_stat_value = parser$stat_value;
        frames$desc_valid = parser$desc_valid;
        parser$desc_ready = frames$desc_ready;
        frames$desc_opcode = parser$desc_opcode;
        frames$desc_dest_qp = parser$desc_dest_qp;
        frames$desc_psn = parser$desc_psn;
        frames$desc_ack_req = parser$desc_ack_req;
        frames$desc_aeth_syndrome = parser$desc_aeth_syndrome;
        frames$desc_payload_length = parser$desc_payload_length;
        frames$desc_has_payload = parser$desc_has_payload;
        frames$s_axis_tdata = parser$m_axis_payload_tdata;
        frames$s_axis_tkeep = parser$m_axis_payload_tkeep;
        frames$s_axis_tlast = parser$m_axis_payload_tlast;
        frames$s_axis_tvalid = parser$m_axis_payload_tvalid;
        parser$m_axis_payload_tready = frames$s_axis_tready;
        frames$verdict_valid = parser$verdict_valid;
        parser$verdict_ready = frames$verdict_ready;
        frames$verdict_cause = parser$verdict_cause;
        router$frame_valid = frames$frame_valid;
        router$frame = frames$frame;
        frames$frame_pop = router$frame_pop;
        router$s_axis_tdata = frames$m_axis_tdata;
        router$s_axis_tkeep = frames$m_axis_tkeep;
        router$s_axis_tlast = frames$m_axis_tlast;
        router$s_axis_tvalid = frames$m_axis_tvalid;
        frames$m_axis_tready = router$s_axis_tready;
        router$qp_enabled = enabled$q;
        router$qpn_base = local_qpn_base;
        roce_counters$rx_unknown_qp = router$unknown_qp;
        roce_counters$rx_not_served = router$not_served;
        responder$req_valid = router$req_valid;
        router$req_ready = responder$req_ready;
        responder$req_qp = router$req_qp;
        responder$req_opcode = router$req_opcode;
        responder$req_psn = router$req_psn;
        responder$req_ack_req = router$req_ack_req;
        connectors$probe_qp = router$req_qp;
        responder$req_consumer_full = connectors$probe_taken;
        responder$rnr_timer = rnr_timer;
        router$verdict_valid = responder$verdict_valid;
        responder$verdict_ready = router$verdict_ready;
        router$verdict_deliver = responder$verdict_deliver;
        router$verdict_send_aeth = responder$verdict_send_aeth;
        router$verdict_syndrome = responder$verdict_syndrome;
        router$verdict_psn = responder$verdict_psn;
        router$verdict_msn = responder$verdict_msn;
        responder$counter_read_index = roce_counters$responder_counter_index;
        roce_counters$responder_counter_value = responder$counter_read_value;
        connectors$s_axis_tdata = router$m_axis_tdata;
        connectors$s_axis_tkeep = router$m_axis_tkeep;
        connectors$s_axis_tlast = router$m_axis_tlast;
        connectors$s_axis_tvalid = router$m_axis_tvalid;
        router$m_axis_tready = connectors$s_axis_tready;
        connectors$s_axis_qp = router$m_axis_qp;
        connectors$s_axis_message_end = router$m_axis_message_end;
        requester$resp_valid = router$resp_valid;
        router$resp_ready = requester$resp_ready;
        requester$resp_qp = router$resp_qp;
        requester$resp_opcode = router$resp_opcode;
        requester$resp_syndrome = router$resp_syndrome;
        requester$resp_psn = router$resp_psn;
        requester$resp_payload_length = router$resp_payload_length;
        requester$s_axis_resp_tdata = router$m_axis_resp_tdata;
        requester$s_axis_resp_tlast = router$m_axis_resp_tlast;
        requester$s_axis_resp_tvalid = router$m_axis_resp_tvalid;
        router$m_axis_resp_tready = requester$s_axis_resp_tready;
        connectors$link_up = link_up;
        connectors$heartbeat_timeout = heartbeat_timeout;
        connectors$failback_request = failback_request;
        fence_backend = connectors$fence_backend;
        available = connectors$available;
        failovers = connectors$failovers;
        failbacks = connectors$failbacks;
        last_failover_cycles = connectors$last_failover_cycles;
        packets_dispatched = connectors$packets_dispatched;
        packets_unknown_qp = connectors$packets_unknown_qp;
        arbiter$owner = owner$q;
        requester$wr_valid = arbiter$wr_valid;
        arbiter$wr_ready = requester$wr_ready;
        requester$wr_qp = arbiter$wr_qp;
        requester$wr_kind = arbiter$wr_kind;
        requester$wr_length = arbiter$wr_length;
        requester$wr_va = arbiter$wr_va;
        requester$wr_rkey = arbiter$wr_rkey;
        requester$wr_tag = arbiter$wr_tag;
        requester$s_axis_wr_tdata = arbiter$m_axis_wr_tdata;
        requester$s_axis_wr_tlast = arbiter$m_axis_wr_tlast;
        requester$s_axis_wr_tvalid = arbiter$m_axis_wr_tvalid;
        arbiter$m_axis_wr_tready = requester$s_axis_wr_tready;
        arbiter$s_axis_read_tdata = requester$m_axis_read_tdata;
        arbiter$s_axis_read_tlast = requester$m_axis_read_tlast;
        arbiter$s_axis_read_tvalid = requester$m_axis_read_tvalid;
        requester$m_axis_read_tready = arbiter$s_axis_read_tready;
        arbiter$read_qp = requester$read_qp;
        arbiter$read_tag = requester$read_tag;
        arbiter$read_length = requester$read_length;
        arbiter$read_last = requester$read_last;
        arbiter$cpl_valid = requester$cpl_valid;
        requester$cpl_ready = arbiter$cpl_ready;
        arbiter$cpl_status = requester$cpl_status;
        roce_counters$work_requests_failed = arbiter$work_requests_failed;
        requester$timer_prescale = timer_prescale;
        requester$counter_read_index = roce_counters$requester_counter_index;
        roce_counters$requester_counter_value = requester$counter_read_value;
        roce_counters$qp_error = requester$qp_error;
        counters_ready = responder$counters_ready & requester$counters_ready;
        transmit$local_mac = local_mac;
        transmit$local_ip = local_ip;
        transmit$ack_valid = router$ack_valid;
        router$ack_ready = transmit$ack_ready;
        transmit$ack_qp = router$ack_qp;
        transmit$ack_syndrome = router$ack_syndrome;
        transmit$ack_psn = router$ack_psn;
        transmit$ack_msn = router$ack_msn;
        transmit$tx_valid = requester$tx_valid;
        requester$tx_ready = transmit$tx_ready;
        transmit$tx_qp = requester$tx_qp;
        transmit$tx_opcode = requester$tx_opcode;
        transmit$tx_psn = requester$tx_psn;
        transmit$tx_ack_req = requester$tx_ack_req;
        transmit$tx_reth_va = requester$tx_reth_va;
        transmit$tx_reth_rkey = requester$tx_reth_rkey;
        transmit$tx_reth_length = requester$tx_reth_length;
        transmit$tx_ieth_rkey = requester$tx_ieth_rkey;
        transmit$tx_payload_length = requester$tx_payload_length;
        transmit$s_axis_tx_tdata = requester$m_axis_tx_tdata;
        transmit$s_axis_tx_tlast = requester$m_axis_tx_tlast;
        transmit$s_axis_tx_tvalid = requester$m_axis_tx_tvalid;
        requester$m_axis_tx_tready = transmit$s_axis_tx_tready;
        roce_counters$acks_sent = transmit$acks_sent;
        roce_counters$requests_sent = transmit$requests_sent;
        builder$desc_valid = transmit$desc_valid;
        transmit$desc_ready = builder$desc_ready;
        builder$desc_dst_mac = transmit$desc_dst_mac;
        builder$desc_src_mac = transmit$desc_src_mac;
        builder$desc_src_ip = transmit$desc_src_ip;
        builder$desc_dst_ip = transmit$desc_dst_ip;
        builder$desc_udp_src_port = transmit$desc_udp_src_port;
        builder$desc_opcode = transmit$desc_opcode;
        builder$desc_dest_qp = transmit$desc_dest_qp;
        builder$desc_ack_req = transmit$desc_ack_req;
        builder$desc_psn = transmit$desc_psn;
        builder$desc_reth_va = transmit$desc_reth_va;
        builder$desc_reth_rkey = transmit$desc_reth_rkey;
        builder$desc_reth_dma_length = transmit$desc_reth_dma_length;
        builder$desc_aeth_syndrome = transmit$desc_aeth_syndrome;
        builder$desc_aeth_msn = transmit$desc_aeth_msn;
        builder$desc_ieth_rkey = transmit$desc_ieth_rkey;
        builder$desc_payload_length = transmit$desc_payload_length;
        builder$desc_ip_dscp = zero_6;
        builder$desc_ip_ecn = zero_2;
        builder$desc_solicited = 1'b0;
        builder$desc_mig_req = 1'b0;
        builder$desc_pkey = all_partitions;
        builder$desc_fecn = 1'b0;
        builder$desc_becn = 1'b0;
        builder$desc_immdt = zero_32;
        builder$desc_deth_qkey = zero_32;
        builder$desc_deth_src_qp = zero_24;
        builder$s_axis_payload_tdata = transmit$m_axis_payload_tdata;
        builder$s_axis_payload_tlast = transmit$m_axis_payload_tlast;
        builder$s_axis_payload_tvalid = transmit$m_axis_payload_tvalid;
        transmit$m_axis_payload_tready = builder$s_axis_payload_tready;
        m_axis_tx_tdata = builder$m_axis_tdata;
        m_axis_tx_tkeep = builder$m_axis_tkeep;
        m_axis_tx_tlast = builder$m_axis_tlast;
        m_axis_tx_tvalid = builder$m_axis_tvalid;
        builder$m_axis_tready = m_axis_tx_tready;
        roce_counters$tx_frames = builder$stat_frames;
        roce_counters$tx_bad_descriptors = builder$stat_bad_descriptors;
        roce_counters$tx_payload_mismatches = builder$stat_payload_mismatches;
        cfg_ready = connectors$cfg_ready & responder$cfg_ready & requester$cfg_ready;
        cfg_take = cfg_valid & connectors$cfg_ready & responder$cfg_ready & requester$cfg_ready;
        connectors$cfg_valid = cfg_take;
        connectors$cfg_qp = cfg_qp;
        connectors$cfg_enable = cfg_enable;
        connectors$cfg_connector = cfg_connector;
        connectors$cfg_controller = cfg_controller;
        responder$cfg_valid = cfg_take;
        responder$cfg_qp = cfg_qp;
        responder$cfg_expected_psn = cfg_rx_psn;
        requester$cfg_valid = cfg_take;
        requester$cfg_qp = cfg_qp;
        requester$cfg_enable = cfg_enable;
        requester$cfg_first_psn = cfg_tx_psn;
        requester$cfg_mtu_shift = mtu_shift;
        requester$cfg_timeout = cfg_timeout;
        requester$cfg_retry_limit = cfg_retry_limit;
        peer[(64'h0)+:(48)] = cfg_peer_mac;
        peer[(64'h30)+:(32)] = cfg_peer_ip;
        peer[(64'h50)+:(24)] = cfg_peer_qpn;
        transmit$cfg_write = cfg_take;
        transmit$cfg_qp = cfg_qp;
        transmit$cfg_peer = peer;
        qp_bit = one_hot << cfg_qp;
        if (cfg_take) begin
            enabled$d = enabled$q & ~qp_bit;
            if (cfg_enable) begin
                enabled$d = enabled$q | qp_bit;
            end
            owner$d = owner$q & ~qp_bit;
            if (cfg_connector) begin
                owner$d = owner$q | qp_bit;
            end
        end
        if (reset) begin
            enabled$d = no_qps;
        end
    end
    
    always @(*) arbiter$c0$valid = connectors$c0_work$valid;
    always @(*) connectors$c0_work$ready = arbiter$c0$ready;
    always @(*) arbiter$c0$qp = connectors$c0_work$qp;
    always @(*) arbiter$c0$kind = connectors$c0_work$kind;
    always @(*) arbiter$c0$length = connectors$c0_work$length;
    always @(*) arbiter$c0$va = connectors$c0_work$va;
    always @(*) arbiter$c0$rkey = connectors$c0_work$rkey;
    always @(*) arbiter$c0$tag = connectors$c0_work$tag;
    always @(*) arbiter$c0$payload$tdata = connectors$c0_work$payload$tdata;
    always @(*) arbiter$c0$payload$tlast = connectors$c0_work$payload$tlast;
    always @(*) arbiter$c0$payload$tvalid = connectors$c0_work$payload$tvalid;
    always @(*) connectors$c0_work$payload$tready = arbiter$c0$payload$tready;
    always @(*) connectors$c0_work$read$tdata = arbiter$c0$read$tdata;
    always @(*) connectors$c0_work$read$tlast = arbiter$c0$read$tlast;
    always @(*) connectors$c0_work$read$tvalid = arbiter$c0$read$tvalid;
    always @(*) arbiter$c0$read$tready = connectors$c0_work$read$tready;
    always @(*) connectors$c0_work$read$tag = arbiter$c0$read$tag;
    always @(*) connectors$c0_work$read$length = arbiter$c0$read$length;
    always @(*) connectors$c0_work$read$last = arbiter$c0$read$last;
    always @(*) arbiter$c1$valid = connectors$c1_work$valid;
    always @(*) connectors$c1_work$ready = arbiter$c1$ready;
    always @(*) arbiter$c1$qp = connectors$c1_work$qp;
    always @(*) arbiter$c1$kind = connectors$c1_work$kind;
    always @(*) arbiter$c1$length = connectors$c1_work$length;
    always @(*) arbiter$c1$va = connectors$c1_work$va;
    always @(*) arbiter$c1$rkey = connectors$c1_work$rkey;
    always @(*) arbiter$c1$tag = connectors$c1_work$tag;
    always @(*) arbiter$c1$payload$tdata = connectors$c1_work$payload$tdata;
    always @(*) arbiter$c1$payload$tlast = connectors$c1_work$payload$tlast;
    always @(*) arbiter$c1$payload$tvalid = connectors$c1_work$payload$tvalid;
    always @(*) connectors$c1_work$payload$tready = arbiter$c1$payload$tready;
    always @(*) connectors$c1_work$read$tdata = arbiter$c1$read$tdata;
    always @(*) connectors$c1_work$read$tlast = arbiter$c1$read$tlast;
    always @(*) connectors$c1_work$read$tvalid = arbiter$c1$read$tvalid;
    always @(*) arbiter$c1$read$tready = connectors$c1_work$read$tready;
    always @(*) connectors$c1_work$read$tag = arbiter$c1$read$tag;
    always @(*) connectors$c1_work$read$length = arbiter$c1$read$length;
    always @(*) connectors$c1_work$read$last = arbiter$c1$read$last;
endmodule // nic_core


module nic_core$arbiter(clock,reset,owner,c0$valid,c0$ready,c0$qp,c0$kind,c0$length,c0$va,c0$rkey,c0$tag,c0$payload$tdata,c0$payload$tlast,c0$payload$tvalid,c0$payload$tready,c0$read$tdata,c0$read$tlast,c0$read$tvalid,c0$read$tready,c0$read$tag,c0$read$length,c0$read$last,c1$valid,c1$ready,c1$qp,c1$kind,c1$length,c1$va,c1$rkey,c1$tag,c1$payload$tdata,c1$payload$tlast,c1$payload$tvalid,c1$payload$tready,c1$read$tdata,c1$read$tlast,c1$read$tvalid,c1$read$tready,c1$read$tag,c1$read$length,c1$read$last,wr_valid,wr_ready,wr_qp,wr_kind,wr_length,wr_va,wr_rkey,wr_tag,m_axis_wr_tdata,m_axis_wr_tlast,m_axis_wr_tvalid,m_axis_wr_tready,s_axis_read_tdata,s_axis_read_tlast,s_axis_read_tvalid,s_axis_read_tready,read_qp,read_tag,read_length,read_last,cpl_valid,cpl_ready,cpl_status,work_requests_failed);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [15:0] owner;
    input wire  c0$valid;
    output reg  c0$ready;
    input wire  [3:0] c0$qp;
    input wire  [1:0] c0$kind;
    input wire  [15:0] c0$length;
    input wire  [63:0] c0$va;
    input wire  [31:0] c0$rkey;
    input wire  [7:0] c0$tag;
    input wire  [63:0] c0$payload$tdata;
    input wire  c0$payload$tlast;
    input wire  c0$payload$tvalid;
    output reg  c0$payload$tready;
    output reg  [63:0] c0$read$tdata;
    output reg  c0$read$tlast;
    output reg  c0$read$tvalid;
    input wire  c0$read$tready;
    output reg  [7:0] c0$read$tag;
    output reg  [12:0] c0$read$length;
    output reg  c0$read$last;
    input wire  c1$valid;
    output reg  c1$ready;
    input wire  [3:0] c1$qp;
    input wire  [1:0] c1$kind;
    input wire  [15:0] c1$length;
    input wire  [63:0] c1$va;
    input wire  [31:0] c1$rkey;
    input wire  [7:0] c1$tag;
    input wire  [63:0] c1$payload$tdata;
    input wire  c1$payload$tlast;
    input wire  c1$payload$tvalid;
    output reg  c1$payload$tready;
    output reg  [63:0] c1$read$tdata;
    output reg  c1$read$tlast;
    output reg  c1$read$tvalid;
    input wire  c1$read$tready;
    output reg  [7:0] c1$read$tag;
    output reg  [12:0] c1$read$length;
    output reg  c1$read$last;
    output reg  wr_valid;
    input wire  wr_ready;
    output reg  [3:0] wr_qp;
    output reg  [1:0] wr_kind;
    output reg  [15:0] wr_length;
    output reg  [63:0] wr_va;
    output reg  [31:0] wr_rkey;
    output reg  [7:0] wr_tag;
    output reg  [63:0] m_axis_wr_tdata;
    output reg  m_axis_wr_tlast;
    output reg  m_axis_wr_tvalid;
    input wire  m_axis_wr_tready;
    input wire  [63:0] s_axis_read_tdata;
    input wire  s_axis_read_tlast;
    input wire  s_axis_read_tvalid;
    output reg  s_axis_read_tready;
    input wire  [3:0] read_qp;
    input wire  [7:0] read_tag;
    input wire  [12:0] read_length;
    input wire  read_last;
    input wire  cpl_valid;
    output reg  cpl_ready;
    input wire  [2:0] cpl_status;
    output reg  [31:0] work_requests_failed;
    
    // Constant declarations
    localparam  one_hot = 16'h1;
    localparam  kind_read = 2'b11;
    localparam  count_one = 32'h1;
    localparam  count_zero = 32'h0;
    
    // Enums
    localparam ArbiterStep$Idle = 0;
    localparam ArbiterStep$Grant = 1;
    localparam ArbiterStep$Payload = 2;
    
    // Stub signals
    reg  [1:0] step$d;
    wire  [1:0] step$q;
    reg  step$clock;
    reg  granted$d;
    wire  granted$q;
    reg  granted$clock;
    reg  [31:0] failed$d;
    wire  [31:0] failed$q;
    reg  failed$clock;
    
    // Local signals
    reg  read_to_1;
    reg  has_payload;
    
    // Sub module instances
    nic_core$arbiter$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    nic_core$arbiter$granted granted(
        .d(granted$d),
        .q(granted$q),
        .clock(granted$clock)
    );
    nic_core$arbiter$failed failed(
        .d(failed$d),
        .q(failed$q),
        .clock(failed$clock)
    );
    
    // Update code
    always @(*) begin
        step$clock = clock;
        granted$clock = clock;
        failed$clock = clock;
        step$d = step$q;
        granted$d = granted$q;
        failed$d = failed$q;
        wr_qp = c0$qp;
        wr_kind = c0$kind;
        wr_length = c0$length;
        wr_va = c0$va;
        wr_rkey = c0$rkey;
        wr_tag = c0$tag;
        m_axis_wr_tdata = c0$payload$tdata;
        m_axis_wr_tlast = c0$payload$tlast;
        if (granted$q) begin
            wr_qp = c1$qp;
            wr_kind = c1$kind;
            wr_length = c1$length;
            wr_va = c1$va;
            wr_rkey = c1$rkey;
            wr_tag = c1$tag;
            m_axis_wr_tdata = c1$payload$tdata;
            m_axis_wr_tlast = c1$payload$tlast;
        end
        has_payload = (wr_kind != kind_read) & |wr_length;
        wr_valid = 1'b0;
        m_axis_wr_tvalid = 1'b0;
        c0$ready = 1'b0;
        c1$ready = 1'b0;
        c0$payload$tready = 1'b0;
        c1$payload$tready = 1'b0;
        case (step$q)
            ArbiterStep$Idle:
                begin
                    if (c0$valid & (~c1$valid | granted$q)) begin
                        granted$d = 1'b0;
                        step$d = ArbiterStep$Grant;
                    end
                    else if (c1$valid) begin
                        granted$d = 1'b1;
                        step$d = ArbiterStep$Grant;
                    end
                end
            ArbiterStep$Grant:
                begin
                    if (granted$q) begin
                        wr_valid = c1$valid;
                        c1$ready = wr_ready;
                    end
                    else begin
                        wr_valid = c0$valid;
                        c0$ready = wr_ready;
                    end
                    if (wr_valid & wr_ready) begin
                        if (has_payload) begin
                            step$d = ArbiterStep$Payload;
                        end
                        else begin
                            step$d = ArbiterStep$Idle;
                        end
                    end
                end
            ArbiterStep$Payload:
                begin
                    if (granted$q) begin
                        m_axis_wr_tvalid = c1$payload$tvalid;
                        c1$payload$tready = m_axis_wr_tready;
                    end
                    else begin
                        m_axis_wr_tvalid = c0$payload$tvalid;
                        c0$payload$tready = m_axis_wr_tready;
                    end
                    if (m_axis_wr_tvalid & m_axis_wr_tready & m_axis_wr_tlast) begin
                        step$d = ArbiterStep$Idle;
                    end
                end
            default:
                begin
                    step$d = ArbiterStep$Idle;
                end
        endcase
        read_to_1 = |(owner & (one_hot << read_qp));
        c0$read$tdata = s_axis_read_tdata;
        c0$read$tlast = s_axis_read_tlast;
        c0$read$tag = read_tag;
        c0$read$length = read_length;
        c0$read$last = read_last;
        c1$read$tdata = s_axis_read_tdata;
        c1$read$tlast = s_axis_read_tlast;
        c1$read$tag = read_tag;
        c1$read$length = read_length;
        c1$read$last = read_last;
        c0$read$tvalid = s_axis_read_tvalid & ~read_to_1;
        c1$read$tvalid = s_axis_read_tvalid & read_to_1;
        s_axis_read_tready = c0$read$tready;
        if (read_to_1) begin
            s_axis_read_tready = c1$read$tready;
        end
        cpl_ready = 1'b1;
        if (cpl_valid & |cpl_status) begin
            failed$d = failed$q + count_one;
        end
        work_requests_failed = failed$q;
        if (reset) begin
            step$d = ArbiterStep$Idle;
            granted$d = 1'b0;
            failed$d = count_zero;
        end
    end
    
endmodule // nic_core$arbiter


module nic_core$arbiter$failed(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$arbiter$failed


module nic_core$arbiter$granted(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$arbiter$granted


module nic_core$arbiter$step(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam ArbiterStep$Idle = 0;
    localparam ArbiterStep$Grant = 1;
    localparam ArbiterStep$Payload = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$arbiter$step


module nic_core$builder(clock,reset,desc_valid,desc_ready,desc_dst_mac,desc_src_mac,desc_src_ip,desc_dst_ip,desc_ip_dscp,desc_ip_ecn,desc_udp_src_port,desc_opcode,desc_solicited,desc_mig_req,desc_pkey,desc_fecn,desc_becn,desc_dest_qp,desc_ack_req,desc_psn,desc_reth_va,desc_reth_rkey,desc_reth_dma_length,desc_aeth_syndrome,desc_aeth_msn,desc_immdt,desc_ieth_rkey,desc_deth_qkey,desc_deth_src_qp,desc_payload_length,s_axis_payload_tdata,s_axis_payload_tlast,s_axis_payload_tvalid,s_axis_payload_tready,m_axis_tdata,m_axis_tkeep,m_axis_tlast,m_axis_tvalid,m_axis_tready,stat_frames,stat_bad_descriptors,stat_payload_mismatches);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  desc_valid;
    output reg  desc_ready;
    input wire  [47:0] desc_dst_mac;
    input wire  [47:0] desc_src_mac;
    input wire  [31:0] desc_src_ip;
    input wire  [31:0] desc_dst_ip;
    input wire  [5:0] desc_ip_dscp;
    input wire  [1:0] desc_ip_ecn;
    input wire  [15:0] desc_udp_src_port;
    input wire  [7:0] desc_opcode;
    input wire  desc_solicited;
    input wire  desc_mig_req;
    input wire  [15:0] desc_pkey;
    input wire  desc_fecn;
    input wire  desc_becn;
    input wire  [23:0] desc_dest_qp;
    input wire  desc_ack_req;
    input wire  [23:0] desc_psn;
    input wire  [63:0] desc_reth_va;
    input wire  [31:0] desc_reth_rkey;
    input wire  [31:0] desc_reth_dma_length;
    input wire  [7:0] desc_aeth_syndrome;
    input wire  [23:0] desc_aeth_msn;
    input wire  [31:0] desc_immdt;
    input wire  [31:0] desc_ieth_rkey;
    input wire  [31:0] desc_deth_qkey;
    input wire  [23:0] desc_deth_src_qp;
    input wire  [12:0] desc_payload_length;
    input wire  [63:0] s_axis_payload_tdata;
    input wire  s_axis_payload_tlast;
    input wire  s_axis_payload_tvalid;
    output reg  s_axis_payload_tready;
    output reg  [63:0] m_axis_tdata;
    output reg  [7:0] m_axis_tkeep;
    output reg  m_axis_tlast;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    output reg  [31:0] stat_frames;
    output reg  [31:0] stat_bad_descriptors;
    output reg  [31:0] stat_payload_mismatches;
    
    // Constant declarations
    localparam  ones = 8'hff;
    localparam  no_lanes = 8'h0;
    localparam  zero_word = 64'h0;
    localparam  no_payload = 13'b0;
    localparam  one_beat = 10'b1;
    localparam  no_beats = 10'b0;
    localparam  two_beats = 10'b10;
    localparam  one_discard = 3'b1;
    localparam  full_discards = 3'b110;
    localparam  mask_beat2 = 64'hff000000000000;
    localparam  mask_beat3 = 64'hffff;
    localparam  mask_beat5 = 64'hff00000000ffff;
    localparam  beat1_image = 64'hff45ffffffffffff;
    localparam  no_shift = 3'b0;
    localparam  count_one = 32'h1;
    localparam  no_count = 32'h0;
    localparam  first_phase = 11'b1;
    localparam  beyond_phase = 11'b10000000000;
    
    // Stub signals
    reg  planner$clock;
    reg  planner$reset;
    reg  [553:0] planner$descriptor;
    reg  planner$descriptor_valid;
    wire  planner$descriptor_ready;
    wire  [553:0] planner$pending;
    wire  [22:0] planner$entry;
    wire  [114:0] planner$layout;
    wire  planner$refused;
    wire  planner$ready;
    reg  planner$take;
    reg  payload_slice$clock;
    reg  payload_slice$reset;
    reg  [64:0] payload_slice$in_data;
    reg  payload_slice$in_valid;
    wire  payload_slice$in_ready;
    wire  [64:0] payload_slice$out_data;
    wire  payload_slice$out_valid;
    reg  payload_slice$out_ready;
    reg  inserter$clock;
    reg  inserter$reset;
    reg  [79:0] inserter$beat;
    reg  inserter$beat_valid;
    reg  [63:0] inserter$crc_image;
    reg  inserter$crc_covered;
    reg  inserter$crc_first;
    reg  inserter$crc_last;
    wire  inserter$advance;
    wire  [63:0] inserter$m_axis_tdata;
    wire  [7:0] inserter$m_axis_tkeep;
    wire  inserter$m_axis_tlast;
    wire  inserter$m_axis_tvalid;
    reg  inserter$m_axis_tready;
    reg  [553:0] header$descriptor;
    reg  header$reth;
    reg  header$aeth;
    reg  header$deth;
    reg  header$ieth;
    reg  header$immdt;
    reg  [1:0] header$pad;
    reg  [15:0] header$ip_length;
    reg  [15:0] header$checksum;
    reg  [9:0] header$phase;
    wire  [63:0] header$word;
    reg  [7:0] header_bytes$data_in;
    wire  [63:0] header_bytes$data_out;
    reg  [7:0] payload_bytes$data_in;
    wire  [63:0] payload_bytes$data_out;
    reg  [553:0] active$d;
    wire  [553:0] active$q;
    reg  active$clock;
    reg  [22:0] active_entry$d;
    wire  [22:0] active_entry$q;
    reg  active_entry$clock;
    reg  [114:0] active_layout$d;
    wire  [114:0] active_layout$q;
    reg  active_layout$clock;
    reg  busy$d;
    wire  busy$q;
    reg  busy$clock;
    reg  [9:0] beat$d;
    wire  [9:0] beat$q;
    reg  beat$clock;
    reg  [10:0] phase$d;
    wire  [10:0] phase$q;
    reg  phase$clock;
    reg  [9:0] inputs_left$d;
    wire  [9:0] inputs_left$q;
    reg  inputs_left$clock;
    reg  past_header$d;
    wire  past_header$q;
    reg  past_header$clock;
    reg  needs_input_q$d;
    wire  needs_input_q$q;
    reg  needs_input_q$clock;
    reg  last_beat_now$d;
    wire  last_beat_now$q;
    reg  last_beat_now$clock;
    reg  long_found$d;
    wire  long_found$q;
    reg  long_found$clock;
    reg  refused_found$d;
    wire  refused_found$q;
    reg  refused_found$clock;
    reg  [63:0] previous$d;
    wire  [63:0] previous$q;
    reg  previous$clock;
    reg  payload_short$d;
    wire  payload_short$q;
    reg  payload_short$clock;
    reg  [2:0] discards$d;
    wire  [2:0] discards$q;
    reg  discards$clock;
    reg  stomp$d;
    wire  stomp$q;
    reg  stomp$clock;
    reg  [31:0] frames$d;
    wire  [31:0] frames$q;
    reg  frames$clock;
    reg  [31:0] bad_descriptors$d;
    wire  [31:0] bad_descriptors$q;
    reg  bad_descriptors$clock;
    reg  [31:0] payload_mismatches$d;
    wire  [31:0] payload_mismatches$q;
    reg  payload_mismatches$clock;
    
    // Local signals
    reg  [12:0] next_length;
    reg  [9:0] next_beat;
    reg  [9:0] inputs_left_next;
    reg  past_header_next;
    reg  [2:0] discards_next;
    reg  discarding;
    reg  advance;
    reg  needs_input;
    reg  takes_input;
    reg  make_beat;
    reg  ends_frame;
    reg  start;
    reg  [63:0] input_word;
    reg  [63:0] header_le;
    reg  [63:0] payload_word;
    reg  [7:0] payload_keep;
    reg  [7:0] header_keep;
    reg  [79:0] generated;
    reg  [63:0] crc_image;
    reg  stomp_now;
    
    // Sub module instances
    nic_core$builder$planner planner(
        .clock(planner$clock),
        .reset(planner$reset),
        .descriptor(planner$descriptor),
        .descriptor_valid(planner$descriptor_valid),
        .descriptor_ready(planner$descriptor_ready),
        .pending(planner$pending),
        .entry(planner$entry),
        .layout(planner$layout),
        .refused(planner$refused),
        .ready(planner$ready),
        .take(planner$take)
    );
    nic_core$builder$payload_slice payload_slice(
        .clock(payload_slice$clock),
        .reset(payload_slice$reset),
        .in_data(payload_slice$in_data),
        .in_valid(payload_slice$in_valid),
        .in_ready(payload_slice$in_ready),
        .out_data(payload_slice$out_data),
        .out_valid(payload_slice$out_valid),
        .out_ready(payload_slice$out_ready)
    );
    nic_core$builder$inserter inserter(
        .clock(inserter$clock),
        .reset(inserter$reset),
        .beat(inserter$beat),
        .beat_valid(inserter$beat_valid),
        .crc_image(inserter$crc_image),
        .crc_covered(inserter$crc_covered),
        .crc_first(inserter$crc_first),
        .crc_last(inserter$crc_last),
        .advance(inserter$advance),
        .m_axis_tdata(inserter$m_axis_tdata),
        .m_axis_tkeep(inserter$m_axis_tkeep),
        .m_axis_tlast(inserter$m_axis_tlast),
        .m_axis_tvalid(inserter$m_axis_tvalid),
        .m_axis_tready(inserter$m_axis_tready)
    );
    nic_core$builder$header header(
        .descriptor(header$descriptor),
        .reth(header$reth),
        .aeth(header$aeth),
        .deth(header$deth),
        .ieth(header$ieth),
        .immdt(header$immdt),
        .pad(header$pad),
        .ip_length(header$ip_length),
        .checksum(header$checksum),
        .phase(header$phase),
        .word(header$word)
    );
    nic_core$builder$header_bytes header_bytes(
        .data_in(header_bytes$data_in),
        .data_out(header_bytes$data_out)
    );
    nic_core$builder$payload_bytes payload_bytes(
        .data_in(payload_bytes$data_in),
        .data_out(payload_bytes$data_out)
    );
    nic_core$builder$active active(
        .d(active$d),
        .q(active$q),
        .clock(active$clock)
    );
    nic_core$builder$active_entry active_entry(
        .d(active_entry$d),
        .q(active_entry$q),
        .clock(active_entry$clock)
    );
    nic_core$builder$active_layout active_layout(
        .d(active_layout$d),
        .q(active_layout$q),
        .clock(active_layout$clock)
    );
    nic_core$builder$busy busy(
        .d(busy$d),
        .q(busy$q),
        .clock(busy$clock)
    );
    nic_core$builder$beat beat(
        .d(beat$d),
        .q(beat$q),
        .clock(beat$clock)
    );
    nic_core$builder$phase phase(
        .d(phase$d),
        .q(phase$q),
        .clock(phase$clock)
    );
    nic_core$builder$inputs_left inputs_left(
        .d(inputs_left$d),
        .q(inputs_left$q),
        .clock(inputs_left$clock)
    );
    nic_core$builder$past_header past_header(
        .d(past_header$d),
        .q(past_header$q),
        .clock(past_header$clock)
    );
    nic_core$builder$needs_input_q needs_input_q(
        .d(needs_input_q$d),
        .q(needs_input_q$q),
        .clock(needs_input_q$clock)
    );
    nic_core$builder$last_beat_now last_beat_now(
        .d(last_beat_now$d),
        .q(last_beat_now$q),
        .clock(last_beat_now$clock)
    );
    nic_core$builder$long_found long_found(
        .d(long_found$d),
        .q(long_found$q),
        .clock(long_found$clock)
    );
    nic_core$builder$refused_found refused_found(
        .d(refused_found$d),
        .q(refused_found$q),
        .clock(refused_found$clock)
    );
    nic_core$builder$previous previous(
        .d(previous$d),
        .q(previous$q),
        .clock(previous$clock)
    );
    nic_core$builder$payload_short payload_short(
        .d(payload_short$d),
        .q(payload_short$q),
        .clock(payload_short$clock)
    );
    nic_core$builder$discards discards(
        .d(discards$d),
        .q(discards$q),
        .clock(discards$clock)
    );
    nic_core$builder$stomp stomp(
        .d(stomp$d),
        .q(stomp$q),
        .clock(stomp$clock)
    );
    nic_core$builder$frames frames(
        .d(frames$d),
        .q(frames$q),
        .clock(frames$clock)
    );
    nic_core$builder$bad_descriptors bad_descriptors(
        .d(bad_descriptors$d),
        .q(bad_descriptors$q),
        .clock(bad_descriptors$clock)
    );
    nic_core$builder$payload_mismatches payload_mismatches(
        .d(payload_mismatches$d),
        .q(payload_mismatches$q),
        .clock(payload_mismatches$clock)
    );
    
    // Update code
    always @(*) begin
        active$clock = clock;
        active_entry$clock = clock;
        active_layout$clock = clock;
        busy$clock = clock;
        beat$clock = clock;
        phase$clock = clock;
        inputs_left$clock = clock;
        past_header$clock = clock;
        needs_input_q$clock = clock;
        last_beat_now$clock = clock;
        long_found$clock = clock;
        refused_found$clock = clock;
        previous$clock = clock;
        payload_short$clock = clock;
        discards$clock = clock;
        stomp$clock = clock;
        frames$clock = clock;
        bad_descriptors$clock = clock;
        payload_mismatches$clock = clock;
        active$d = active$q;
        active_entry$d = active_entry$q;
        active_layout$d = active_layout$q;
        busy$d = busy$q;
        beat$d = beat$q;
        phase$d = phase$q;
        inputs_left$d = inputs_left$q;
        past_header$d = past_header$q;
        needs_input_q$d = needs_input_q$q;
        last_beat_now$d = last_beat_now$q;
        long_found$d = long_found$q;
        refused_found$d = refused_found$q;
        previous$d = previous$q;
        payload_short$d = payload_short$q;
        discards$d = discards$q;
        stomp$d = stomp$q;
        frames$d = frames$q;
        bad_descriptors$d = bad_descriptors$q;
        payload_mismatches$d = payload_mismatches$q;
        payload_slice$clock = clock;
        payload_slice$reset = reset;
        inserter$clock = clock;
        inserter$reset = reset;
        inserter$m_axis_tready = m_axis_tready;
        m_axis_tdata = inserter$m_axis_tdata;
        m_axis_tkeep = inserter$m_axis_tkeep;
        m_axis_tlast = inserter$m_axis_tlast;
        m_axis_tvalid = inserter$m_axis_tvalid;
        planner$clock = clock;
        planner$reset = reset;
        planner$descriptor[(64'h0)+:(48)] = desc_dst_mac;
        planner$descriptor[(64'h30)+:(48)] = desc_src_mac;
        planner$descriptor[(64'h60)+:(32)] = desc_src_ip;
        planner$descriptor[(64'h80)+:(32)] = desc_dst_ip;
        planner$descriptor[(64'ha0)+:(6)] = desc_ip_dscp;
        planner$descriptor[(64'ha6)+:(2)] = desc_ip_ecn;
        planner$descriptor[(64'ha8)+:(16)] = desc_udp_src_port;
        planner$descriptor[(64'hb8)+:(8)] = desc_opcode;
        planner$descriptor[(64'hc0)+:(1)] = desc_solicited;
        planner$descriptor[(64'hc1)+:(1)] = desc_mig_req;
        planner$descriptor[(64'hc2)+:(16)] = desc_pkey;
        planner$descriptor[(64'hd2)+:(1)] = desc_fecn;
        planner$descriptor[(64'hd3)+:(1)] = desc_becn;
        planner$descriptor[(64'hd4)+:(24)] = desc_dest_qp;
        planner$descriptor[(64'hec)+:(1)] = desc_ack_req;
        planner$descriptor[(64'hed)+:(24)] = desc_psn;
        planner$descriptor[(64'h105)+:(64)] = desc_reth_va;
        planner$descriptor[(64'h145)+:(32)] = desc_reth_rkey;
        planner$descriptor[(64'h165)+:(32)] = desc_reth_dma_length;
        planner$descriptor[(64'h185)+:(8)] = desc_aeth_syndrome;
        planner$descriptor[(64'h18d)+:(24)] = desc_aeth_msn;
        planner$descriptor[(64'h1a5)+:(32)] = desc_immdt;
        planner$descriptor[(64'h1c5)+:(32)] = desc_ieth_rkey;
        planner$descriptor[(64'h1e5)+:(32)] = desc_deth_qkey;
        planner$descriptor[(64'h205)+:(24)] = desc_deth_src_qp;
        planner$descriptor[(64'h21d)+:(13)] = desc_payload_length;
        planner$descriptor_valid = desc_valid;
        desc_ready = planner$descriptor_ready;
        next_length = planner$pending[(64'h21d)+:(13)];
        advance = inserter$advance;
        discarding = discards$q != no_shift;
        needs_input = busy$q & needs_input_q$q;
        takes_input = needs_input & ~payload_short$q & ~discarding & payload_slice$out_valid;
        make_beat = advance & busy$q & (~needs_input | payload_short$q | takes_input);
        ends_frame = make_beat & last_beat_now$q;
        payload_slice$out_ready = (advance & takes_input) | discarding;
        input_word = payload_slice$out_data[(64'h0)+:(64)];
        if (~takes_input) begin
            input_word = zero_word;
        end
        header$descriptor = active$q;
        header$reth = active_entry$q[(64'h3)+:(1)];
        header$aeth = active_entry$q[(64'h4)+:(1)];
        header$deth = active_entry$q[(64'h7)+:(1)];
        header$ieth = active_entry$q[(64'h6)+:(1)];
        header$immdt = active_entry$q[(64'h5)+:(1)];
        header$pad = active_layout$q[(64'h0)+:(2)];
        header$ip_length = active_layout$q[(64'h2)+:(16)];
        header$checksum = active_layout$q[(64'h12)+:(16)];
        header$phase = phase$q[(32'h0)+:(10)];
        header_le = header$word;
        if (active_layout$q[(64'h2c)+:(1)]) begin
            payload_word = (previous$q >> 32'h30) | (input_word << 32'h10);
        end
        else begin
            payload_word = (previous$q >> 32'h10) | (input_word << 32'h30);
        end
        header_keep = ones;
        payload_keep = no_lanes;
        if (past_header$q) begin
            header_keep = no_lanes;
            payload_keep = ones;
            if (beat$q == active_layout$q[(64'h22)+:(10)]) begin
                header_keep = ones >> 32'h6;
                payload_keep = ones << 32'h2;
                if (~active_layout$q[(64'h2c)+:(1)]) begin
                    header_keep = ones >> 32'h2;
                    payload_keep = ones << 32'h6;
                end
            end
            if (beat$q == active_layout$q[(64'h37)+:(10)]) begin
                payload_keep = payload_keep & active_layout$q[(64'h41)+:(8)];
            end
            if (beat$q > active_layout$q[(64'h37)+:(10)]) begin
                payload_keep = no_lanes;
            end
        end
        header_bytes$data_in = header_keep;
        payload_bytes$data_in = payload_keep;
        generated[(64'h0)+:(64)] = (header_le & header_bytes$data_out) | (payload_word & payload_bytes$data_out);
        generated[(64'h40)+:(8)] = ones;
        generated[(64'h48)+:(1)] = beat$q == active_layout$q[(64'h49)+:(10)];
        if (beat$q == active_layout$q[(64'h49)+:(10)]) begin
            generated[(64'h40)+:(8)] = active_layout$q[(64'h53)+:(8)];
        end
        generated[(64'h49)+:(1)] = beat$q == active_layout$q[(64'h65)+:(10)];
        generated[(64'h4a)+:(1)] = active_layout$q[(64'h72)+:(1)] & (beat$q == (active_layout$q[(64'h65)+:(10)] + one_beat));
        generated[(64'h4b)+:(1)] = generated[(64'h4a)+:(1)] | (generated[(64'h49)+:(1)] & ~active_layout$q[(64'h72)+:(1)]);
        generated[(64'h4c)+:(3)] = active_layout$q[(64'h6f)+:(3)];
        stomp_now = stomp$q;
        if (takes_input) begin
            if (payload_slice$out_data[(64'h40)+:(1)] & (inputs_left$q != one_beat)) begin
                stomp_now = 1'b1;
            end
            if (~payload_slice$out_data[(64'h40)+:(1)] & (inputs_left$q == one_beat)) begin
                stomp_now = 1'b1;
            end
        end
        generated[(64'h4f)+:(1)] = stomp_now;
        next_beat = beat$q + one_beat;
        inputs_left_next = inputs_left$q;
        if (needs_input) begin
            inputs_left_next = inputs_left$q - one_beat;
        end
        past_header_next = past_header$q | (next_beat == active_layout$q[(64'h22)+:(10)]);
        long_found$d = 1'b0;
        refused_found$d = 1'b0;
        if (make_beat) begin
            beat$d = next_beat;
            phase$d = (phase$q << 32'h1) | (phase$q & beyond_phase);
            inputs_left$d = inputs_left_next;
            past_header$d = past_header_next;
            needs_input_q$d = past_header_next & (inputs_left_next != no_beats);
            last_beat_now$d = next_beat == active_layout$q[(64'h49)+:(10)];
            if (needs_input) begin
                previous$d = input_word;
            end
            stomp$d = stomp_now;
            if (takes_input) begin
                if (payload_slice$out_data[(64'h40)+:(1)] & (inputs_left$q != one_beat)) begin
                    payload_short$d = 1'b1;
                end
                if (~payload_slice$out_data[(64'h40)+:(1)] & (inputs_left$q == one_beat)) begin
                    long_found$d = 1'b1;
                end
            end
            if (ends_frame) begin
                busy$d = 1'b0;
                frames$d = frames$q + count_one;
                if (stomp_now) begin
                    payload_mismatches$d = payload_mismatches$q + count_one;
                end
            end
        end
        discards_next = discards$q;
        if (long_found$q) begin
            discards_next = discards_next + one_discard;
        end
        if (refused_found$q) begin
            discards_next = discards_next + one_discard;
        end
        if (discarding & payload_slice$out_valid & payload_slice$out_data[(64'h40)+:(1)]) begin
            discards_next = discards_next - one_discard;
        end
        start = planner$ready & (~busy$q | ends_frame) & (discards$q < full_discards);
        planner$take = start;
        if (start) begin
            active$d = planner$pending;
            active_entry$d = planner$entry;
            active_layout$d = planner$layout;
            if (planner$refused) begin
                bad_descriptors$d = bad_descriptors$q + count_one;
                refused_found$d = next_length != no_payload;
            end
            else begin
                busy$d = 1'b1;
                beat$d = no_beats;
                phase$d = first_phase;
                inputs_left$d = planner$layout[(64'h2d)+:(10)];
                past_header$d = 1'b0;
                needs_input_q$d = 1'b0;
                last_beat_now$d = 1'b0;
                payload_short$d = 1'b0;
                stomp$d = 1'b0;
            end
        end
        discards$d = discards_next;
        crc_image = generated[(64'h0)+:(64)];
        if (phase$q[32'h1]) begin
            crc_image = beat1_image;
        end
        if (phase$q[32'h2]) begin
            crc_image = generated[(64'h0)+:(64)] | mask_beat2;
        end
        if (phase$q[32'h3]) begin
            crc_image = generated[(64'h0)+:(64)] | mask_beat3;
        end
        if (phase$q[32'h5]) begin
            crc_image = generated[(64'h0)+:(64)] | mask_beat5;
        end
        inserter$beat = generated;
        inserter$beat_valid = make_beat;
        inserter$crc_image = crc_image;
        inserter$crc_covered = (beat$q >= two_beats) & (beat$q <= active_layout$q[(64'h5b)+:(10)]);
        inserter$crc_first = phase$q[32'h2];
        inserter$crc_last = beat$q == active_layout$q[(64'h5b)+:(10)];
        payload_slice$in_data[(64'h0)+:(64)] = s_axis_payload_tdata;
        payload_slice$in_data[(64'h40)+:(1)] = s_axis_payload_tlast;
        payload_slice$in_valid = s_axis_payload_tvalid;
        s_axis_payload_tready = payload_slice$in_ready;
        stat_frames = frames$q;
        stat_bad_descriptors = bad_descriptors$q;
        stat_payload_mismatches = payload_mismatches$q;
        if (reset) begin
            busy$d = 1'b0;
            discards$d = no_shift;
            long_found$d = 1'b0;
            refused_found$d = 1'b0;
            frames$d = no_count;
            bad_descriptors$d = no_count;
            payload_mismatches$d = no_count;
        end
    end
    
endmodule // nic_core$builder


module nic_core$builder$active(d,q,clock);
    
    // Module arguments
    input wire  [553:0] d;
    output reg  [553:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 554'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$active


module nic_core$builder$active_entry(d,q,clock);
    
    // Module arguments
    input wire  [22:0] d;
    output reg  [22:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 23'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$active_entry


module nic_core$builder$active_layout(d,q,clock);
    
    // Module arguments
    input wire  [114:0] d;
    output reg  [114:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 115'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$active_layout


module nic_core$builder$bad_descriptors(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$bad_descriptors


module nic_core$builder$beat(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$beat


module nic_core$builder$busy(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$busy


module nic_core$builder$discards(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$discards


module nic_core$builder$frames(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$frames


module nic_core$builder$header(descriptor,reth,aeth,deth,ieth,immdt,pad,ip_length,checksum,phase,word);
    
    // Module arguments
    input wire  [553:0] descriptor;
    input wire  reth;
    input wire  aeth;
    input wire  deth;
    input wire  ieth;
    input wire  immdt;
    input wire  [1:0] pad;
    input wire  [15:0] ip_length;
    input wire  [15:0] checksum;
    input wire  [9:0] phase;
    output reg  [63:0] word;
    
    // Constant declarations
    localparam  zero_word = 64'h0;
    localparam  no_ext = 160'h0;
    localparam  no_flags = 8'h0;
    localparam  top_bit = 8'h80;
    localparam  second_bit = 8'h40;
    localparam  ipv4_header = 16'h14;
    localparam  beat1_fixed = 64'h8004500;
    localparam  beat2_fixed = 64'h40004011;
    localparam  beat4_fixed = 64'h12b70000;
    
    // Stub signals
    reg  [63:0] byte_swap$data_in;
    wire  [63:0] byte_swap$data_out;
    
    // Local signals
    reg  [47:0] src_mac;
    reg  [31:0] dst_ip;
    reg  [23:0] dest_qp;
    reg  [159:0] ext;
    reg  [15:0] udp_length;
    reg  [7:0] bth_flags;
    reg  [7:0] bth_congestion;
    reg  [7:0] bth_ack;
    reg  [63:0] header_be;
    
    // Sub module instances
    nic_core$builder$header$byte_swap byte_swap(
        .data_in(byte_swap$data_in),
        .data_out(byte_swap$data_out)
    );
    
    // Update code
    always @(*) begin
        src_mac = descriptor[(64'h30)+:(48)];
        dst_ip = descriptor[(64'h80)+:(32)];
        dest_qp = descriptor[(64'hd4)+:(24)];
        ext = no_ext;
        if (reth) begin
            ext = (((descriptor[(64'h105)+:(64)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h60) | (((descriptor[(64'h145)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h40) | (((descriptor[(64'h165)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h20);
            if (immdt) begin
                ext = (((descriptor[(64'h105)+:(64)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h60) | (((descriptor[(64'h145)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h40) | (((descriptor[(64'h165)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h20) | ((descriptor[(64'h1a5)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff);
            end
        end
        else if (deth) begin
            ext = (((descriptor[(64'h1e5)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h80) | (((descriptor[(64'h205)+:(24)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h60);
            if (immdt) begin
                ext = (((descriptor[(64'h1e5)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h80) | (((descriptor[(64'h205)+:(24)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h60) | (((descriptor[(64'h1a5)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h40);
            end
        end
        else if (aeth) begin
            ext = (((descriptor[(64'h185)+:(8)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h98) | (((descriptor[(64'h18d)+:(24)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h80);
        end
        else if (ieth) begin
            ext = ((descriptor[(64'h1c5)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h80;
        end
        else if (immdt) begin
            ext = ((descriptor[(64'h1a5)+:(32)]) & 160'hffffffffffffffffffffffffffffffffffffffff) << 32'h80;
        end
        udp_length = ip_length - ipv4_header;
        bth_flags = ((pad) & 8'hff) << 32'h4;
        if (descriptor[(64'hc0)+:(1)]) begin
            bth_flags = bth_flags | top_bit;
        end
        if (descriptor[(64'hc1)+:(1)]) begin
            bth_flags = bth_flags | second_bit;
        end
        bth_congestion = no_flags;
        if (descriptor[(64'hd2)+:(1)]) begin
            bth_congestion = top_bit;
        end
        if (descriptor[(64'hd3)+:(1)]) begin
            bth_congestion = bth_congestion | second_bit;
        end
        bth_ack = no_flags;
        if (descriptor[(64'hec)+:(1)]) begin
            bth_ack = top_bit;
        end
        header_be = zero_word;
        if (phase[32'h0]) begin
            header_be = (((descriptor[(64'h0)+:(48)]) & 64'hffffffffffffffff) << 32'h10) | ((src_mac[(32'h20)+:(16)]) & 64'hffffffffffffffff);
        end
        if (phase[32'h1]) begin
            header_be = (((src_mac[(32'h0)+:(32)]) & 64'hffffffffffffffff) << 32'h20) | beat1_fixed | (((descriptor[(64'ha0)+:(6)]) & 64'hffffffffffffffff) << 32'h2) | ((descriptor[(64'ha6)+:(2)]) & 64'hffffffffffffffff);
        end
        if (phase[32'h2]) begin
            header_be = (((ip_length) & 64'hffffffffffffffff) << 32'h30) | beat2_fixed;
        end
        if (phase[32'h3]) begin
            header_be = (((checksum) & 64'hffffffffffffffff) << 32'h30) | (((descriptor[(64'h60)+:(32)]) & 64'hffffffffffffffff) << 32'h10) | ((dst_ip[(32'h10)+:(16)]) & 64'hffffffffffffffff);
        end
        if (phase[32'h4]) begin
            header_be = (((dst_ip[(32'h0)+:(16)]) & 64'hffffffffffffffff) << 32'h30) | (((descriptor[(64'ha8)+:(16)]) & 64'hffffffffffffffff) << 32'h20) | beat4_fixed | ((udp_length) & 64'hffffffffffffffff);
        end
        if (phase[32'h5]) begin
            header_be = (((descriptor[(64'hb8)+:(8)]) & 64'hffffffffffffffff) << 32'h28) | (((bth_flags) & 64'hffffffffffffffff) << 32'h20) | (((descriptor[(64'hc2)+:(16)]) & 64'hffffffffffffffff) << 32'h10) | (((bth_congestion) & 64'hffffffffffffffff) << 32'h8) | ((dest_qp[(32'h10)+:(8)]) & 64'hffffffffffffffff);
        end
        if (phase[32'h6]) begin
            header_be = (((dest_qp[(32'h0)+:(16)]) & 64'hffffffffffffffff) << 32'h30) | (((bth_ack) & 64'hffffffffffffffff) << 32'h28) | (((descriptor[(64'hed)+:(24)]) & 64'hffffffffffffffff) << 32'h10) | ((ext[(32'h90)+:(16)]) & 64'hffffffffffffffff);
        end
        if (phase[32'h7]) begin
            header_be = ext[(32'h50)+:(64)];
        end
        if (phase[32'h8]) begin
            header_be = ext[(32'h10)+:(64)];
        end
        if (phase[32'h9]) begin
            header_be = ((ext[(32'h0)+:(16)]) & 64'hffffffffffffffff) << 32'h30;
        end
        byte_swap$data_in = header_be;
        word = byte_swap$data_out;
    end
    
endmodule // nic_core$builder$header


module nic_core$builder$header$byte_swap(data_in,data_out);
    
    // Module arguments
    input wire  [63:0] data_in;
    output reg  [63:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[56];
        data_out[1] = data_in[57];
        data_out[2] = data_in[58];
        data_out[3] = data_in[59];
        data_out[4] = data_in[60];
        data_out[5] = data_in[61];
        data_out[6] = data_in[62];
        data_out[7] = data_in[63];
        data_out[8] = data_in[48];
        data_out[9] = data_in[49];
        data_out[10] = data_in[50];
        data_out[11] = data_in[51];
        data_out[12] = data_in[52];
        data_out[13] = data_in[53];
        data_out[14] = data_in[54];
        data_out[15] = data_in[55];
        data_out[16] = data_in[40];
        data_out[17] = data_in[41];
        data_out[18] = data_in[42];
        data_out[19] = data_in[43];
        data_out[20] = data_in[44];
        data_out[21] = data_in[45];
        data_out[22] = data_in[46];
        data_out[23] = data_in[47];
        data_out[24] = data_in[32];
        data_out[25] = data_in[33];
        data_out[26] = data_in[34];
        data_out[27] = data_in[35];
        data_out[28] = data_in[36];
        data_out[29] = data_in[37];
        data_out[30] = data_in[38];
        data_out[31] = data_in[39];
        data_out[32] = data_in[24];
        data_out[33] = data_in[25];
        data_out[34] = data_in[26];
        data_out[35] = data_in[27];
        data_out[36] = data_in[28];
        data_out[37] = data_in[29];
        data_out[38] = data_in[30];
        data_out[39] = data_in[31];
        data_out[40] = data_in[16];
        data_out[41] = data_in[17];
        data_out[42] = data_in[18];
        data_out[43] = data_in[19];
        data_out[44] = data_in[20];
        data_out[45] = data_in[21];
        data_out[46] = data_in[22];
        data_out[47] = data_in[23];
        data_out[48] = data_in[8];
        data_out[49] = data_in[9];
        data_out[50] = data_in[10];
        data_out[51] = data_in[11];
        data_out[52] = data_in[12];
        data_out[53] = data_in[13];
        data_out[54] = data_in[14];
        data_out[55] = data_in[15];
        data_out[56] = data_in[0];
        data_out[57] = data_in[1];
        data_out[58] = data_in[2];
        data_out[59] = data_in[3];
        data_out[60] = data_in[4];
        data_out[61] = data_in[5];
        data_out[62] = data_in[6];
        data_out[63] = data_in[7];
    end
endmodule // nic_core$builder$header$byte_swap


module nic_core$builder$header_bytes(data_in,data_out);
    
    // Module arguments
    input wire  [7:0] data_in;
    output reg  [63:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[0];
        data_out[1] = data_in[0];
        data_out[2] = data_in[0];
        data_out[3] = data_in[0];
        data_out[4] = data_in[0];
        data_out[5] = data_in[0];
        data_out[6] = data_in[0];
        data_out[7] = data_in[0];
        data_out[8] = data_in[1];
        data_out[9] = data_in[1];
        data_out[10] = data_in[1];
        data_out[11] = data_in[1];
        data_out[12] = data_in[1];
        data_out[13] = data_in[1];
        data_out[14] = data_in[1];
        data_out[15] = data_in[1];
        data_out[16] = data_in[2];
        data_out[17] = data_in[2];
        data_out[18] = data_in[2];
        data_out[19] = data_in[2];
        data_out[20] = data_in[2];
        data_out[21] = data_in[2];
        data_out[22] = data_in[2];
        data_out[23] = data_in[2];
        data_out[24] = data_in[3];
        data_out[25] = data_in[3];
        data_out[26] = data_in[3];
        data_out[27] = data_in[3];
        data_out[28] = data_in[3];
        data_out[29] = data_in[3];
        data_out[30] = data_in[3];
        data_out[31] = data_in[3];
        data_out[32] = data_in[4];
        data_out[33] = data_in[4];
        data_out[34] = data_in[4];
        data_out[35] = data_in[4];
        data_out[36] = data_in[4];
        data_out[37] = data_in[4];
        data_out[38] = data_in[4];
        data_out[39] = data_in[4];
        data_out[40] = data_in[5];
        data_out[41] = data_in[5];
        data_out[42] = data_in[5];
        data_out[43] = data_in[5];
        data_out[44] = data_in[5];
        data_out[45] = data_in[5];
        data_out[46] = data_in[5];
        data_out[47] = data_in[5];
        data_out[48] = data_in[6];
        data_out[49] = data_in[6];
        data_out[50] = data_in[6];
        data_out[51] = data_in[6];
        data_out[52] = data_in[6];
        data_out[53] = data_in[6];
        data_out[54] = data_in[6];
        data_out[55] = data_in[6];
        data_out[56] = data_in[7];
        data_out[57] = data_in[7];
        data_out[58] = data_in[7];
        data_out[59] = data_in[7];
        data_out[60] = data_in[7];
        data_out[61] = data_in[7];
        data_out[62] = data_in[7];
        data_out[63] = data_in[7];
    end
endmodule // nic_core$builder$header_bytes


module nic_core$builder$inputs_left(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inputs_left


module nic_core$builder$inserter(clock,reset,beat,beat_valid,crc_image,crc_covered,crc_first,crc_last,advance,m_axis_tdata,m_axis_tkeep,m_axis_tlast,m_axis_tvalid,m_axis_tready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [79:0] beat;
    input wire  beat_valid;
    input wire  [63:0] crc_image;
    input wire  crc_covered;
    input wire  crc_first;
    input wire  crc_last;
    output reg  advance;
    output reg  [63:0] m_axis_tdata;
    output reg  [7:0] m_axis_tkeep;
    output reg  m_axis_tlast;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    
    // Constant declarations
    localparam  zero_word = 64'h0;
    localparam  word_bits = 7'b1000000;
    localparam  no_shift = 3'b0;
    
    // Stub signals
    reg  icrc$clock;
    reg  icrc$reset;
    reg  [63:0] icrc$word;
    reg  icrc$word_valid;
    reg  icrc$word_first;
    reg  icrc$word_last;
    reg  [31:0] icrc$init;
    wire  icrc$result_valid;
    wire  icrc$result_ok;
    wire  [31:0] icrc$result_crc;
    reg  [2:0] icrc_inits$address;
    wire  [31:0] icrc_inits$data;
    reg  [63:0] crc_previous$d;
    wire  [63:0] crc_previous$q;
    reg  crc_previous$clock;
    reg  [63:0] crc_current$d;
    wire  [63:0] crc_current$q;
    reg  crc_current$clock;
    reg  [2:0] crc_shift$d;
    wire  [2:0] crc_shift$q;
    reg  crc_shift$clock;
    reg  crc_word_valid$d;
    wire  crc_word_valid$q;
    reg  crc_word_valid$clock;
    reg  crc_word_first$d;
    wire  crc_word_first$q;
    reg  crc_word_first$clock;
    reg  crc_word_last$d;
    wire  crc_word_last$q;
    reg  crc_word_last$clock;
    reg  [79:0] line$0$d;
    wire  [79:0] line$0$q;
    reg  line$0$clock;
    reg  [79:0] line$1$d;
    wire  [79:0] line$1$q;
    reg  line$1$clock;
    reg  [79:0] line$2$d;
    wire  [79:0] line$2$q;
    reg  line$2$clock;
    reg  [79:0] line$3$d;
    wire  [79:0] line$3$q;
    reg  line$3$clock;
    reg  [79:0] line$4$d;
    wire  [79:0] line$4$q;
    reg  line$4$clock;
    reg  [79:0] line$5$d;
    wire  [79:0] line$5$q;
    reg  line$5$clock;
    reg  line_valid$0$d;
    wire  line_valid$0$q;
    reg  line_valid$0$clock;
    reg  line_valid$1$d;
    wire  line_valid$1$q;
    reg  line_valid$1$clock;
    reg  line_valid$2$d;
    wire  line_valid$2$q;
    reg  line_valid$2$clock;
    reg  line_valid$3$d;
    wire  line_valid$3$q;
    reg  line_valid$3$clock;
    reg  line_valid$4$d;
    wire  line_valid$4$q;
    reg  line_valid$4$clock;
    reg  line_valid$5$d;
    wire  line_valid$5$q;
    reg  line_valid$5$clock;
    reg  [31:0] icrc_value$d;
    wire  [31:0] icrc_value$q;
    reg  icrc_value$clock;
    reg  icrc_ready$d;
    wire  icrc_ready$q;
    reg  icrc_ready$clock;
    reg  [63:0] out_data$d;
    wire  [63:0] out_data$q;
    reg  out_data$clock;
    reg  [7:0] out_keep$d;
    wire  [7:0] out_keep$q;
    reg  out_keep$clock;
    reg  out_last$d;
    wire  out_last$q;
    reg  out_last$clock;
    reg  out_valid$d;
    wire  out_valid$q;
    reg  out_valid$clock;
    
    // Local signals
    reg  [6:0] crc_shift_bits;
    reg  [79:0] head;
    reg  head_valid;
    reg  [31:0] icrc_sent;
    reg  [63:0] icrc_word;
    reg  [6:0] icrc_shift_bits;
    
    // Sub module instances
    nic_core$builder$inserter$icrc icrc(
        .clock(icrc$clock),
        .reset(icrc$reset),
        .word(icrc$word),
        .word_valid(icrc$word_valid),
        .word_first(icrc$word_first),
        .word_last(icrc$word_last),
        .init(icrc$init),
        .result_valid(icrc$result_valid),
        .result_ok(icrc$result_ok),
        .result_crc(icrc$result_crc)
    );
    nic_core$builder$inserter$icrc_inits icrc_inits(
        .address(icrc_inits$address),
        .data(icrc_inits$data)
    );
    nic_core$builder$inserter$crc_previous crc_previous(
        .d(crc_previous$d),
        .q(crc_previous$q),
        .clock(crc_previous$clock)
    );
    nic_core$builder$inserter$crc_current crc_current(
        .d(crc_current$d),
        .q(crc_current$q),
        .clock(crc_current$clock)
    );
    nic_core$builder$inserter$crc_shift crc_shift(
        .d(crc_shift$d),
        .q(crc_shift$q),
        .clock(crc_shift$clock)
    );
    nic_core$builder$inserter$crc_word_valid crc_word_valid(
        .d(crc_word_valid$d),
        .q(crc_word_valid$q),
        .clock(crc_word_valid$clock)
    );
    nic_core$builder$inserter$crc_word_first crc_word_first(
        .d(crc_word_first$d),
        .q(crc_word_first$q),
        .clock(crc_word_first$clock)
    );
    nic_core$builder$inserter$crc_word_last crc_word_last(
        .d(crc_word_last$d),
        .q(crc_word_last$q),
        .clock(crc_word_last$clock)
    );
    nic_core$builder$inserter$line$0 line$0(
        .d(line$0$d),
        .q(line$0$q),
        .clock(line$0$clock)
    );
    nic_core$builder$inserter$line$1 line$1(
        .d(line$1$d),
        .q(line$1$q),
        .clock(line$1$clock)
    );
    nic_core$builder$inserter$line$2 line$2(
        .d(line$2$d),
        .q(line$2$q),
        .clock(line$2$clock)
    );
    nic_core$builder$inserter$line$3 line$3(
        .d(line$3$d),
        .q(line$3$q),
        .clock(line$3$clock)
    );
    nic_core$builder$inserter$line$4 line$4(
        .d(line$4$d),
        .q(line$4$q),
        .clock(line$4$clock)
    );
    nic_core$builder$inserter$line$5 line$5(
        .d(line$5$d),
        .q(line$5$q),
        .clock(line$5$clock)
    );
    nic_core$builder$inserter$line_valid$0 line_valid$0(
        .d(line_valid$0$d),
        .q(line_valid$0$q),
        .clock(line_valid$0$clock)
    );
    nic_core$builder$inserter$line_valid$1 line_valid$1(
        .d(line_valid$1$d),
        .q(line_valid$1$q),
        .clock(line_valid$1$clock)
    );
    nic_core$builder$inserter$line_valid$2 line_valid$2(
        .d(line_valid$2$d),
        .q(line_valid$2$q),
        .clock(line_valid$2$clock)
    );
    nic_core$builder$inserter$line_valid$3 line_valid$3(
        .d(line_valid$3$d),
        .q(line_valid$3$q),
        .clock(line_valid$3$clock)
    );
    nic_core$builder$inserter$line_valid$4 line_valid$4(
        .d(line_valid$4$d),
        .q(line_valid$4$q),
        .clock(line_valid$4$clock)
    );
    nic_core$builder$inserter$line_valid$5 line_valid$5(
        .d(line_valid$5$d),
        .q(line_valid$5$q),
        .clock(line_valid$5$clock)
    );
    nic_core$builder$inserter$icrc_value icrc_value(
        .d(icrc_value$d),
        .q(icrc_value$q),
        .clock(icrc_value$clock)
    );
    nic_core$builder$inserter$icrc_ready icrc_ready(
        .d(icrc_ready$d),
        .q(icrc_ready$q),
        .clock(icrc_ready$clock)
    );
    nic_core$builder$inserter$out_data out_data(
        .d(out_data$d),
        .q(out_data$q),
        .clock(out_data$clock)
    );
    nic_core$builder$inserter$out_keep out_keep(
        .d(out_keep$d),
        .q(out_keep$q),
        .clock(out_keep$clock)
    );
    nic_core$builder$inserter$out_last out_last(
        .d(out_last$d),
        .q(out_last$q),
        .clock(out_last$clock)
    );
    nic_core$builder$inserter$out_valid out_valid(
        .d(out_valid$d),
        .q(out_valid$q),
        .clock(out_valid$clock)
    );
    
    // Update code
    always @(*) begin
        crc_previous$clock = clock;
        crc_current$clock = clock;
        crc_shift$clock = clock;
        crc_word_valid$clock = clock;
        crc_word_first$clock = clock;
        crc_word_last$clock = clock;
        icrc_value$clock = clock;
        icrc_ready$clock = clock;
        out_data$clock = clock;
        out_keep$clock = clock;
        out_last$clock = clock;
        out_valid$clock = clock;
        crc_previous$d = crc_previous$q;
        crc_current$d = crc_current$q;
        crc_shift$d = crc_shift$q;
        crc_word_valid$d = crc_word_valid$q;
        crc_word_first$d = crc_word_first$q;
        crc_word_last$d = crc_word_last$q;
        icrc_value$d = icrc_value$q;
        icrc_ready$d = icrc_ready$q;
        out_data$d = out_data$q;
        out_keep$d = out_keep$q;
        out_last$d = out_last$q;
        out_valid$d = out_valid$q;
        line$0$clock = clock;
        line_valid$0$clock = clock;
        line$0$d = line$0$q;
        line_valid$0$d = line_valid$0$q;
        line$1$clock = clock;
        line_valid$1$clock = clock;
        line$1$d = line$1$q;
        line_valid$1$d = line_valid$1$q;
        line$2$clock = clock;
        line_valid$2$clock = clock;
        line$2$d = line$2$q;
        line_valid$2$d = line_valid$2$q;
        line$3$clock = clock;
        line_valid$3$clock = clock;
        line$3$d = line$3$q;
        line_valid$3$d = line_valid$3$q;
        line$4$clock = clock;
        line_valid$4$clock = clock;
        line$4$d = line$4$q;
        line_valid$4$d = line_valid$4$q;
        line$5$clock = clock;
        line_valid$5$clock = clock;
        line$5$d = line$5$q;
        line_valid$5$d = line_valid$5$q;
        icrc$clock = clock;
        icrc$reset = reset;
        advance = (~out_valid$q | m_axis_tready) & ~(line_valid$5$q & (line$5$q[(64'h49)+:(1)] | line$5$q[(64'h4a)+:(1)]) & ~icrc_ready$q);
        crc_word_valid$d = 1'b0;
        if (beat_valid) begin
            crc_previous$d = crc_current$q;
            crc_current$d = crc_image;
            if (crc_first) begin
                crc_shift$d = beat[(64'h4c)+:(3)];
            end
            crc_word_valid$d = crc_covered;
            crc_word_first$d = crc_first;
            crc_word_last$d = crc_last;
        end
        crc_shift_bits = ((crc_shift$q) & 7'h7f) << 32'h3;
        icrc$word = crc_current$q;
        if (crc_shift$q != no_shift) begin
            icrc$word = (crc_previous$q >> crc_shift_bits) | (crc_current$q << (word_bits - crc_shift_bits));
        end
        icrc$word_valid = crc_word_valid$q;
        icrc$word_first = crc_word_first$q;
        icrc$word_last = crc_word_last$q;
        icrc_inits$address = crc_shift$q;
        icrc$init = icrc_inits$data;
        if (icrc$result_valid) begin
            icrc_value$d = icrc$result_crc;
            icrc_ready$d = 1'b1;
        end
        if (advance) begin
            line$0$d = beat;
            line_valid$0$d = beat_valid;
            line$1$d = line$0$q;
            line_valid$1$d = line_valid$0$q;
            line$2$d = line$1$q;
            line_valid$2$d = line_valid$1$q;
            line$3$d = line$2$q;
            line_valid$3$d = line_valid$2$q;
            line$4$d = line$3$q;
            line_valid$4$d = line_valid$3$q;
            line$5$d = line$4$q;
            line_valid$5$d = line_valid$4$q;
        end
        head = line$5$q;
        head_valid = line_valid$5$q;
        icrc_sent = icrc_value$q;
        if (head[(64'h4f)+:(1)]) begin
            icrc_sent = ~icrc_value$q;
        end
        icrc_shift_bits = ((head[(64'h4c)+:(3)]) & 7'h7f) << 32'h3;
        icrc_word = zero_word;
        if (head[(64'h49)+:(1)]) begin
            icrc_word = ((icrc_sent) & 64'hffffffffffffffff) << icrc_shift_bits;
        end
        if (head[(64'h4a)+:(1)]) begin
            icrc_word = ((icrc_sent) & 64'hffffffffffffffff) >> (word_bits - icrc_shift_bits);
        end
        if (advance) begin
            out_valid$d = head_valid;
            out_data$d = head[(64'h0)+:(64)] | icrc_word;
            out_keep$d = head[(64'h40)+:(8)];
            out_last$d = head[(64'h48)+:(1)];
            if (head_valid & head[(64'h4b)+:(1)]) begin
                icrc_ready$d = 1'b0;
            end
        end
        m_axis_tdata = out_data$q;
        m_axis_tkeep = out_keep$q;
        m_axis_tlast = out_last$q;
        m_axis_tvalid = out_valid$q;
        if (reset) begin
            crc_word_valid$d = 1'b0;
            icrc_ready$d = 1'b0;
            out_valid$d = 1'b0;
            line_valid$0$d = 1'b0;
            line_valid$1$d = 1'b0;
            line_valid$2$d = 1'b0;
            line_valid$3$d = 1'b0;
            line_valid$4$d = 1'b0;
            line_valid$5$d = 1'b0;
        end
    end
    
endmodule // nic_core$builder$inserter


module nic_core$builder$inserter$crc_current(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$crc_current


module nic_core$builder$inserter$crc_previous(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$crc_previous


module nic_core$builder$inserter$crc_shift(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$crc_shift


module nic_core$builder$inserter$crc_word_first(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$crc_word_first


module nic_core$builder$inserter$crc_word_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$crc_word_last


module nic_core$builder$inserter$crc_word_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$crc_word_valid


module nic_core$builder$inserter$icrc(clock,reset,word,word_valid,word_first,word_last,init,result_valid,result_ok,result_crc);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] word;
    input wire  word_valid;
    input wire  word_first;
    input wire  word_last;
    input wire  [31:0] init;
    output reg  result_valid;
    output reg  result_ok;
    output reg  [31:0] result_crc;
    
    // Constant declarations
    localparam  residue = 32'hdebb20e3;
    
    // Stub signals
    reg  [63:0] word_term$data_in;
    wire  [31:0] word_term$data_out;
    reg  [31:0] register_term$data_in;
    wire  [31:0] register_term$data_out;
    reg  [63:0] word_q$d;
    wire  [63:0] word_q$q;
    reg  word_q$clock;
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  first_q$d;
    wire  first_q$q;
    reg  first_q$clock;
    reg  last_q$d;
    wire  last_q$q;
    reg  last_q$clock;
    reg  [31:0] init_q$d;
    wire  [31:0] init_q$q;
    reg  init_q$clock;
    reg  [31:0] term_q$d;
    wire  [31:0] term_q$q;
    reg  term_q$clock;
    reg  term_valid_q$d;
    wire  term_valid_q$q;
    reg  term_valid_q$clock;
    reg  term_last_q$d;
    wire  term_last_q$q;
    reg  term_last_q$clock;
    reg  [31:0] register$d;
    wire  [31:0] register$q;
    reg  register$clock;
    reg  check_q$d;
    wire  check_q$q;
    reg  check_q$clock;
    reg  result_valid_q$d;
    wire  result_valid_q$q;
    reg  result_valid_q$clock;
    reg  result_ok_q$d;
    wire  result_ok_q$q;
    reg  result_ok_q$clock;
    reg  [31:0] result_crc_q$d;
    wire  [31:0] result_crc_q$q;
    reg  result_crc_q$clock;
    
    // Sub module instances
    nic_core$builder$inserter$icrc$word_term word_term(
        .data_in(word_term$data_in),
        .data_out(word_term$data_out)
    );
    nic_core$builder$inserter$icrc$register_term register_term(
        .data_in(register_term$data_in),
        .data_out(register_term$data_out)
    );
    nic_core$builder$inserter$icrc$word_q word_q(
        .d(word_q$d),
        .q(word_q$q),
        .clock(word_q$clock)
    );
    nic_core$builder$inserter$icrc$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    nic_core$builder$inserter$icrc$first_q first_q(
        .d(first_q$d),
        .q(first_q$q),
        .clock(first_q$clock)
    );
    nic_core$builder$inserter$icrc$last_q last_q(
        .d(last_q$d),
        .q(last_q$q),
        .clock(last_q$clock)
    );
    nic_core$builder$inserter$icrc$init_q init_q(
        .d(init_q$d),
        .q(init_q$q),
        .clock(init_q$clock)
    );
    nic_core$builder$inserter$icrc$term_q term_q(
        .d(term_q$d),
        .q(term_q$q),
        .clock(term_q$clock)
    );
    nic_core$builder$inserter$icrc$term_valid_q term_valid_q(
        .d(term_valid_q$d),
        .q(term_valid_q$q),
        .clock(term_valid_q$clock)
    );
    nic_core$builder$inserter$icrc$term_last_q term_last_q(
        .d(term_last_q$d),
        .q(term_last_q$q),
        .clock(term_last_q$clock)
    );
    nic_core$builder$inserter$icrc$register register(
        .d(register$d),
        .q(register$q),
        .clock(register$clock)
    );
    nic_core$builder$inserter$icrc$check_q check_q(
        .d(check_q$d),
        .q(check_q$q),
        .clock(check_q$clock)
    );
    nic_core$builder$inserter$icrc$result_valid_q result_valid_q(
        .d(result_valid_q$d),
        .q(result_valid_q$q),
        .clock(result_valid_q$clock)
    );
    nic_core$builder$inserter$icrc$result_ok_q result_ok_q(
        .d(result_ok_q$d),
        .q(result_ok_q$q),
        .clock(result_ok_q$clock)
    );
    nic_core$builder$inserter$icrc$result_crc_q result_crc_q(
        .d(result_crc_q$d),
        .q(result_crc_q$q),
        .clock(result_crc_q$clock)
    );
    
    // Update code
    always @(*) begin
        word_q$clock = clock;
        valid_q$clock = clock;
        first_q$clock = clock;
        last_q$clock = clock;
        init_q$clock = clock;
        term_q$clock = clock;
        term_valid_q$clock = clock;
        term_last_q$clock = clock;
        register$clock = clock;
        check_q$clock = clock;
        result_valid_q$clock = clock;
        result_ok_q$clock = clock;
        result_crc_q$clock = clock;
        word_q$d = word_q$q;
        valid_q$d = valid_q$q;
        first_q$d = first_q$q;
        last_q$d = last_q$q;
        init_q$d = init_q$q;
        term_q$d = term_q$q;
        term_valid_q$d = term_valid_q$q;
        term_last_q$d = term_last_q$q;
        register$d = register$q;
        check_q$d = check_q$q;
        result_valid_q$d = result_valid_q$q;
        result_ok_q$d = result_ok_q$q;
        result_crc_q$d = result_crc_q$q;
        word_q$d = word;
        valid_q$d = word_valid;
        first_q$d = word_valid & word_first;
        last_q$d = word_valid & word_last;
        init_q$d = init;
        word_term$data_in = word_q$q;
        term_q$d = word_term$data_out;
        term_valid_q$d = valid_q$q;
        term_last_q$d = last_q$q;
        register_term$data_in = register$q;
        if (term_valid_q$q) begin
            register$d = register_term$data_out ^ term_q$q;
        end
        else if (first_q$q) begin
            register$d = init_q$q;
        end
        check_q$d = term_valid_q$q & term_last_q$q;
        result_valid_q$d = check_q$q;
        result_ok_q$d = register$q == residue;
        result_valid = result_valid_q$q;
        result_crc_q$d = ~register$q;
        result_ok = result_ok_q$q;
        result_crc = result_crc_q$q;
        if (reset) begin
            valid_q$d = 1'b0;
            first_q$d = 1'b0;
            last_q$d = 1'b0;
            term_valid_q$d = 1'b0;
            term_last_q$d = 1'b0;
            check_q$d = 1'b0;
            result_valid_q$d = 1'b0;
        end
    end
    
endmodule // nic_core$builder$inserter$icrc


module nic_core$builder$inserter$icrc$check_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$icrc$check_q


module nic_core$builder$inserter$icrc$first_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$icrc$first_q


module nic_core$builder$inserter$icrc$init_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$icrc$init_q


module nic_core$builder$inserter$icrc$last_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$icrc$last_q


module nic_core$builder$inserter$icrc$register(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$icrc$register


module nic_core$builder$inserter$icrc$register_term(data_in,data_out);
    
    // Module arguments
    input wire  [31:0] data_in;
    output reg  [31:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[27] ^ data_in[30];
        data_out[1] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[15] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[28] ^ data_in[31];
        data_out[2] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[29];
        data_out[3] = data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[23] ^ data_in[30];
        data_out[4] = data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[10] ^ data_in[13] ^ data_in[14] ^ data_in[15] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[23] ^ data_in[24] ^ data_in[31];
        data_out[5] = data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[8] ^ data_in[9] ^ data_in[11] ^ data_in[14] ^ data_in[15] ^ data_in[16] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[24] ^ data_in[25];
        data_out[6] = data_in[1] ^ data_in[2] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[15] ^ data_in[19] ^ data_in[22] ^ data_in[23] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[30];
        data_out[7] = data_in[0] ^ data_in[2] ^ data_in[3] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[20] ^ data_in[23] ^ data_in[24] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[31];
        data_out[8] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[21] ^ data_in[24] ^ data_in[25] ^ data_in[27] ^ data_in[28] ^ data_in[29];
        data_out[9] = data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[11] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[29];
        data_out[10] = data_in[1] ^ data_in[2] ^ data_in[7] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[21] ^ data_in[23] ^ data_in[26] ^ data_in[28] ^ data_in[29];
        data_out[11] = data_in[2] ^ data_in[3] ^ data_in[8] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[22] ^ data_in[24] ^ data_in[27] ^ data_in[29] ^ data_in[30];
        data_out[12] = data_in[3] ^ data_in[4] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[23] ^ data_in[25] ^ data_in[28] ^ data_in[30] ^ data_in[31];
        data_out[13] = data_in[4] ^ data_in[5] ^ data_in[10] ^ data_in[13] ^ data_in[14] ^ data_in[15] ^ data_in[17] ^ data_in[24] ^ data_in[26] ^ data_in[29] ^ data_in[31];
        data_out[14] = data_in[5] ^ data_in[6] ^ data_in[11] ^ data_in[14] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[25] ^ data_in[27] ^ data_in[30];
        data_out[15] = data_in[6] ^ data_in[7] ^ data_in[12] ^ data_in[15] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[26] ^ data_in[28] ^ data_in[31];
        data_out[16] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[13] ^ data_in[14] ^ data_in[18] ^ data_in[19] ^ data_in[29] ^ data_in[30];
        data_out[17] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[15] ^ data_in[19] ^ data_in[20] ^ data_in[30] ^ data_in[31];
        data_out[18] = data_in[1] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[20] ^ data_in[21] ^ data_in[31];
        data_out[19] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[21] ^ data_in[22];
        data_out[20] = data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[23] ^ data_in[27] ^ data_in[30];
        data_out[21] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[11] ^ data_in[13] ^ data_in[21] ^ data_in[23] ^ data_in[24] ^ data_in[27] ^ data_in[28] ^ data_in[30] ^ data_in[31];
        data_out[22] = data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[8] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[24] ^ data_in[25] ^ data_in[27] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[31];
        data_out[23] = data_in[0] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[23] ^ data_in[25] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[31];
        data_out[24] = data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[22] ^ data_in[24] ^ data_in[26] ^ data_in[29] ^ data_in[31];
        data_out[25] = data_in[1] ^ data_in[3] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[22] ^ data_in[23] ^ data_in[25];
        data_out[26] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[17] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[23] ^ data_in[24] ^ data_in[26];
        data_out[27] = data_in[0] ^ data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[17] ^ data_in[18] ^ data_in[19] ^ data_in[22] ^ data_in[23] ^ data_in[24] ^ data_in[25] ^ data_in[30];
        data_out[28] = data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[18] ^ data_in[23] ^ data_in[24] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[30] ^ data_in[31];
        data_out[29] = data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[19] ^ data_in[24] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[31];
        data_out[30] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[10] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[25] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[30];
        data_out[31] = data_in[0] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[26] ^ data_in[29] ^ data_in[31];
    end
endmodule // nic_core$builder$inserter$icrc$register_term


module nic_core$builder$inserter$icrc$result_crc_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$icrc$result_crc_q


module nic_core$builder$inserter$icrc$result_ok_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$icrc$result_ok_q


module nic_core$builder$inserter$icrc$result_valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$icrc$result_valid_q


module nic_core$builder$inserter$icrc$term_last_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$icrc$term_last_q


module nic_core$builder$inserter$icrc$term_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$icrc$term_q


module nic_core$builder$inserter$icrc$term_valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$icrc$term_valid_q


module nic_core$builder$inserter$icrc$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$icrc$valid_q


module nic_core$builder$inserter$icrc$word_q(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$icrc$word_q


module nic_core$builder$inserter$icrc$word_term(data_in,data_out);
    
    // Module arguments
    input wire  [63:0] data_in;
    output reg  [31:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[27] ^ data_in[30] ^ data_in[32] ^ data_in[33] ^ data_in[34] ^ data_in[35] ^ data_in[36] ^ data_in[38] ^ data_in[39] ^ data_in[40] ^ data_in[48] ^ data_in[52] ^ data_in[54] ^ data_in[55] ^ data_in[58];
        data_out[1] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[15] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[28] ^ data_in[31] ^ data_in[33] ^ data_in[34] ^ data_in[35] ^ data_in[36] ^ data_in[37] ^ data_in[39] ^ data_in[40] ^ data_in[41] ^ data_in[49] ^ data_in[53] ^ data_in[55] ^ data_in[56] ^ data_in[59];
        data_out[2] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[29] ^ data_in[32] ^ data_in[34] ^ data_in[35] ^ data_in[36] ^ data_in[37] ^ data_in[38] ^ data_in[40] ^ data_in[41] ^ data_in[42] ^ data_in[50] ^ data_in[54] ^ data_in[56] ^ data_in[57] ^ data_in[60];
        data_out[3] = data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[23] ^ data_in[30] ^ data_in[33] ^ data_in[35] ^ data_in[36] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[41] ^ data_in[42] ^ data_in[43] ^ data_in[51] ^ data_in[55] ^ data_in[57] ^ data_in[58] ^ data_in[61];
        data_out[4] = data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[10] ^ data_in[13] ^ data_in[14] ^ data_in[15] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[23] ^ data_in[24] ^ data_in[31] ^ data_in[34] ^ data_in[36] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[40] ^ data_in[42] ^ data_in[43] ^ data_in[44] ^ data_in[52] ^ data_in[56] ^ data_in[58] ^ data_in[59] ^ data_in[62];
        data_out[5] = data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[8] ^ data_in[9] ^ data_in[11] ^ data_in[14] ^ data_in[15] ^ data_in[16] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[24] ^ data_in[25] ^ data_in[32] ^ data_in[35] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[40] ^ data_in[41] ^ data_in[43] ^ data_in[44] ^ data_in[45] ^ data_in[53] ^ data_in[57] ^ data_in[59] ^ data_in[60] ^ data_in[63];
        data_out[6] = data_in[1] ^ data_in[2] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[15] ^ data_in[19] ^ data_in[22] ^ data_in[23] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[30] ^ data_in[32] ^ data_in[34] ^ data_in[35] ^ data_in[41] ^ data_in[42] ^ data_in[44] ^ data_in[45] ^ data_in[46] ^ data_in[48] ^ data_in[52] ^ data_in[55] ^ data_in[60] ^ data_in[61];
        data_out[7] = data_in[0] ^ data_in[2] ^ data_in[3] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[20] ^ data_in[23] ^ data_in[24] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[31] ^ data_in[33] ^ data_in[35] ^ data_in[36] ^ data_in[42] ^ data_in[43] ^ data_in[45] ^ data_in[46] ^ data_in[47] ^ data_in[49] ^ data_in[53] ^ data_in[56] ^ data_in[61] ^ data_in[62];
        data_out[8] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[21] ^ data_in[24] ^ data_in[25] ^ data_in[27] ^ data_in[28] ^ data_in[29] ^ data_in[32] ^ data_in[34] ^ data_in[36] ^ data_in[37] ^ data_in[43] ^ data_in[44] ^ data_in[46] ^ data_in[47] ^ data_in[48] ^ data_in[50] ^ data_in[54] ^ data_in[57] ^ data_in[62] ^ data_in[63];
        data_out[9] = data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[11] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[29] ^ data_in[32] ^ data_in[34] ^ data_in[36] ^ data_in[37] ^ data_in[39] ^ data_in[40] ^ data_in[44] ^ data_in[45] ^ data_in[47] ^ data_in[49] ^ data_in[51] ^ data_in[52] ^ data_in[54] ^ data_in[63];
        data_out[10] = data_in[1] ^ data_in[2] ^ data_in[7] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[21] ^ data_in[23] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[32] ^ data_in[34] ^ data_in[36] ^ data_in[37] ^ data_in[39] ^ data_in[41] ^ data_in[45] ^ data_in[46] ^ data_in[50] ^ data_in[53] ^ data_in[54] ^ data_in[58];
        data_out[11] = data_in[2] ^ data_in[3] ^ data_in[8] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[22] ^ data_in[24] ^ data_in[27] ^ data_in[29] ^ data_in[30] ^ data_in[33] ^ data_in[35] ^ data_in[37] ^ data_in[38] ^ data_in[40] ^ data_in[42] ^ data_in[46] ^ data_in[47] ^ data_in[51] ^ data_in[54] ^ data_in[55] ^ data_in[59];
        data_out[12] = data_in[3] ^ data_in[4] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[23] ^ data_in[25] ^ data_in[28] ^ data_in[30] ^ data_in[31] ^ data_in[34] ^ data_in[36] ^ data_in[38] ^ data_in[39] ^ data_in[41] ^ data_in[43] ^ data_in[47] ^ data_in[48] ^ data_in[52] ^ data_in[55] ^ data_in[56] ^ data_in[60];
        data_out[13] = data_in[4] ^ data_in[5] ^ data_in[10] ^ data_in[13] ^ data_in[14] ^ data_in[15] ^ data_in[17] ^ data_in[24] ^ data_in[26] ^ data_in[29] ^ data_in[31] ^ data_in[32] ^ data_in[35] ^ data_in[37] ^ data_in[39] ^ data_in[40] ^ data_in[42] ^ data_in[44] ^ data_in[48] ^ data_in[49] ^ data_in[53] ^ data_in[56] ^ data_in[57] ^ data_in[61];
        data_out[14] = data_in[5] ^ data_in[6] ^ data_in[11] ^ data_in[14] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[25] ^ data_in[27] ^ data_in[30] ^ data_in[32] ^ data_in[33] ^ data_in[36] ^ data_in[38] ^ data_in[40] ^ data_in[41] ^ data_in[43] ^ data_in[45] ^ data_in[49] ^ data_in[50] ^ data_in[54] ^ data_in[57] ^ data_in[58] ^ data_in[62];
        data_out[15] = data_in[6] ^ data_in[7] ^ data_in[12] ^ data_in[15] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[26] ^ data_in[28] ^ data_in[31] ^ data_in[33] ^ data_in[34] ^ data_in[37] ^ data_in[39] ^ data_in[41] ^ data_in[42] ^ data_in[44] ^ data_in[46] ^ data_in[50] ^ data_in[51] ^ data_in[55] ^ data_in[58] ^ data_in[59] ^ data_in[63];
        data_out[16] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[13] ^ data_in[14] ^ data_in[18] ^ data_in[19] ^ data_in[29] ^ data_in[30] ^ data_in[33] ^ data_in[36] ^ data_in[39] ^ data_in[42] ^ data_in[43] ^ data_in[45] ^ data_in[47] ^ data_in[48] ^ data_in[51] ^ data_in[54] ^ data_in[55] ^ data_in[56] ^ data_in[58] ^ data_in[59] ^ data_in[60];
        data_out[17] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[15] ^ data_in[19] ^ data_in[20] ^ data_in[30] ^ data_in[31] ^ data_in[34] ^ data_in[37] ^ data_in[40] ^ data_in[43] ^ data_in[44] ^ data_in[46] ^ data_in[48] ^ data_in[49] ^ data_in[52] ^ data_in[55] ^ data_in[56] ^ data_in[57] ^ data_in[59] ^ data_in[60] ^ data_in[61];
        data_out[18] = data_in[1] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[20] ^ data_in[21] ^ data_in[31] ^ data_in[32] ^ data_in[35] ^ data_in[38] ^ data_in[41] ^ data_in[44] ^ data_in[45] ^ data_in[47] ^ data_in[49] ^ data_in[50] ^ data_in[53] ^ data_in[56] ^ data_in[57] ^ data_in[58] ^ data_in[60] ^ data_in[61] ^ data_in[62];
        data_out[19] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[21] ^ data_in[22] ^ data_in[32] ^ data_in[33] ^ data_in[36] ^ data_in[39] ^ data_in[42] ^ data_in[45] ^ data_in[46] ^ data_in[48] ^ data_in[50] ^ data_in[51] ^ data_in[54] ^ data_in[57] ^ data_in[58] ^ data_in[59] ^ data_in[61] ^ data_in[62] ^ data_in[63];
        data_out[20] = data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[23] ^ data_in[27] ^ data_in[30] ^ data_in[32] ^ data_in[35] ^ data_in[36] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[43] ^ data_in[46] ^ data_in[47] ^ data_in[48] ^ data_in[49] ^ data_in[51] ^ data_in[54] ^ data_in[59] ^ data_in[60] ^ data_in[62] ^ data_in[63];
        data_out[21] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[11] ^ data_in[13] ^ data_in[21] ^ data_in[23] ^ data_in[24] ^ data_in[27] ^ data_in[28] ^ data_in[30] ^ data_in[31] ^ data_in[32] ^ data_in[34] ^ data_in[35] ^ data_in[37] ^ data_in[44] ^ data_in[47] ^ data_in[49] ^ data_in[50] ^ data_in[54] ^ data_in[58] ^ data_in[60] ^ data_in[61] ^ data_in[63];
        data_out[22] = data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[8] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[24] ^ data_in[25] ^ data_in[27] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[31] ^ data_in[34] ^ data_in[39] ^ data_in[40] ^ data_in[45] ^ data_in[50] ^ data_in[51] ^ data_in[52] ^ data_in[54] ^ data_in[58] ^ data_in[59] ^ data_in[61] ^ data_in[62];
        data_out[23] = data_in[0] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[23] ^ data_in[25] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[31] ^ data_in[32] ^ data_in[35] ^ data_in[40] ^ data_in[41] ^ data_in[46] ^ data_in[51] ^ data_in[52] ^ data_in[53] ^ data_in[55] ^ data_in[59] ^ data_in[60] ^ data_in[62] ^ data_in[63];
        data_out[24] = data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[22] ^ data_in[24] ^ data_in[26] ^ data_in[29] ^ data_in[31] ^ data_in[34] ^ data_in[35] ^ data_in[38] ^ data_in[39] ^ data_in[40] ^ data_in[41] ^ data_in[42] ^ data_in[47] ^ data_in[48] ^ data_in[53] ^ data_in[55] ^ data_in[56] ^ data_in[58] ^ data_in[60] ^ data_in[61] ^ data_in[63];
        data_out[25] = data_in[1] ^ data_in[3] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[22] ^ data_in[23] ^ data_in[25] ^ data_in[33] ^ data_in[34] ^ data_in[38] ^ data_in[41] ^ data_in[42] ^ data_in[43] ^ data_in[49] ^ data_in[52] ^ data_in[55] ^ data_in[56] ^ data_in[57] ^ data_in[58] ^ data_in[59] ^ data_in[61] ^ data_in[62];
        data_out[26] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[17] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[23] ^ data_in[24] ^ data_in[26] ^ data_in[34] ^ data_in[35] ^ data_in[39] ^ data_in[42] ^ data_in[43] ^ data_in[44] ^ data_in[50] ^ data_in[53] ^ data_in[56] ^ data_in[57] ^ data_in[58] ^ data_in[59] ^ data_in[60] ^ data_in[62] ^ data_in[63];
        data_out[27] = data_in[0] ^ data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[17] ^ data_in[18] ^ data_in[19] ^ data_in[22] ^ data_in[23] ^ data_in[24] ^ data_in[25] ^ data_in[30] ^ data_in[32] ^ data_in[33] ^ data_in[34] ^ data_in[38] ^ data_in[39] ^ data_in[43] ^ data_in[44] ^ data_in[45] ^ data_in[48] ^ data_in[51] ^ data_in[52] ^ data_in[55] ^ data_in[57] ^ data_in[59] ^ data_in[60] ^ data_in[61] ^ data_in[63];
        data_out[28] = data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[18] ^ data_in[23] ^ data_in[24] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[30] ^ data_in[31] ^ data_in[32] ^ data_in[36] ^ data_in[38] ^ data_in[44] ^ data_in[45] ^ data_in[46] ^ data_in[48] ^ data_in[49] ^ data_in[53] ^ data_in[54] ^ data_in[55] ^ data_in[56] ^ data_in[60] ^ data_in[61] ^ data_in[62];
        data_out[29] = data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[19] ^ data_in[24] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[31] ^ data_in[32] ^ data_in[33] ^ data_in[37] ^ data_in[39] ^ data_in[45] ^ data_in[46] ^ data_in[47] ^ data_in[49] ^ data_in[50] ^ data_in[54] ^ data_in[55] ^ data_in[56] ^ data_in[57] ^ data_in[61] ^ data_in[62] ^ data_in[63];
        data_out[30] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[10] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[25] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[35] ^ data_in[36] ^ data_in[39] ^ data_in[46] ^ data_in[47] ^ data_in[50] ^ data_in[51] ^ data_in[52] ^ data_in[54] ^ data_in[56] ^ data_in[57] ^ data_in[62] ^ data_in[63];
        data_out[31] = data_in[0] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[26] ^ data_in[29] ^ data_in[31] ^ data_in[32] ^ data_in[33] ^ data_in[34] ^ data_in[35] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[47] ^ data_in[51] ^ data_in[53] ^ data_in[54] ^ data_in[57] ^ data_in[63];
    end
endmodule // nic_core$builder$inserter$icrc$word_term


module nic_core$builder$inserter$icrc_inits(address,data);
    
    // Module arguments
    input wire  [2:0] address;
    output reg  [31:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        3'b0: data = 32'hee310a91;
      3'b1: data = 32'hff;
      3'b10: data = 32'h0;
      3'b11: data = 32'h2d02ef8d;
      3'b100: data = 32'hbe2612ff;
      3'b101: data = 32'hbe2612;
      3'b110: data = 32'hdebb20e3;
      3'b111: data = 32'h3f6bbdfd;
      default: data = 32'h0;
    endcase
            
endmodule // nic_core$builder$inserter$icrc_inits


module nic_core$builder$inserter$icrc_ready(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$icrc_ready


module nic_core$builder$inserter$icrc_value(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$icrc_value


module nic_core$builder$inserter$line$0(d,q,clock);
    
    // Module arguments
    input wire  [79:0] d;
    output reg  [79:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 80'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$line$0


module nic_core$builder$inserter$line$1(d,q,clock);
    
    // Module arguments
    input wire  [79:0] d;
    output reg  [79:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 80'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$line$1


module nic_core$builder$inserter$line$2(d,q,clock);
    
    // Module arguments
    input wire  [79:0] d;
    output reg  [79:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 80'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$line$2


module nic_core$builder$inserter$line$3(d,q,clock);
    
    // Module arguments
    input wire  [79:0] d;
    output reg  [79:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 80'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$line$3


module nic_core$builder$inserter$line$4(d,q,clock);
    
    // Module arguments
    input wire  [79:0] d;
    output reg  [79:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 80'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$line$4


module nic_core$builder$inserter$line$5(d,q,clock);
    
    // Module arguments
    input wire  [79:0] d;
    output reg  [79:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 80'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$line$5


module nic_core$builder$inserter$line_valid$0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$line_valid$0


module nic_core$builder$inserter$line_valid$1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$line_valid$1


module nic_core$builder$inserter$line_valid$2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$line_valid$2


module nic_core$builder$inserter$line_valid$3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$line_valid$3


module nic_core$builder$inserter$line_valid$4(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$line_valid$4


module nic_core$builder$inserter$line_valid$5(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$line_valid$5


module nic_core$builder$inserter$out_data(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$out_data


module nic_core$builder$inserter$out_keep(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$out_keep


module nic_core$builder$inserter$out_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$out_last


module nic_core$builder$inserter$out_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$inserter$out_valid


module nic_core$builder$last_beat_now(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$last_beat_now


module nic_core$builder$long_found(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$long_found


module nic_core$builder$needs_input_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$needs_input_q


module nic_core$builder$past_header(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$past_header


module nic_core$builder$payload_bytes(data_in,data_out);
    
    // Module arguments
    input wire  [7:0] data_in;
    output reg  [63:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[0];
        data_out[1] = data_in[0];
        data_out[2] = data_in[0];
        data_out[3] = data_in[0];
        data_out[4] = data_in[0];
        data_out[5] = data_in[0];
        data_out[6] = data_in[0];
        data_out[7] = data_in[0];
        data_out[8] = data_in[1];
        data_out[9] = data_in[1];
        data_out[10] = data_in[1];
        data_out[11] = data_in[1];
        data_out[12] = data_in[1];
        data_out[13] = data_in[1];
        data_out[14] = data_in[1];
        data_out[15] = data_in[1];
        data_out[16] = data_in[2];
        data_out[17] = data_in[2];
        data_out[18] = data_in[2];
        data_out[19] = data_in[2];
        data_out[20] = data_in[2];
        data_out[21] = data_in[2];
        data_out[22] = data_in[2];
        data_out[23] = data_in[2];
        data_out[24] = data_in[3];
        data_out[25] = data_in[3];
        data_out[26] = data_in[3];
        data_out[27] = data_in[3];
        data_out[28] = data_in[3];
        data_out[29] = data_in[3];
        data_out[30] = data_in[3];
        data_out[31] = data_in[3];
        data_out[32] = data_in[4];
        data_out[33] = data_in[4];
        data_out[34] = data_in[4];
        data_out[35] = data_in[4];
        data_out[36] = data_in[4];
        data_out[37] = data_in[4];
        data_out[38] = data_in[4];
        data_out[39] = data_in[4];
        data_out[40] = data_in[5];
        data_out[41] = data_in[5];
        data_out[42] = data_in[5];
        data_out[43] = data_in[5];
        data_out[44] = data_in[5];
        data_out[45] = data_in[5];
        data_out[46] = data_in[5];
        data_out[47] = data_in[5];
        data_out[48] = data_in[6];
        data_out[49] = data_in[6];
        data_out[50] = data_in[6];
        data_out[51] = data_in[6];
        data_out[52] = data_in[6];
        data_out[53] = data_in[6];
        data_out[54] = data_in[6];
        data_out[55] = data_in[6];
        data_out[56] = data_in[7];
        data_out[57] = data_in[7];
        data_out[58] = data_in[7];
        data_out[59] = data_in[7];
        data_out[60] = data_in[7];
        data_out[61] = data_in[7];
        data_out[62] = data_in[7];
        data_out[63] = data_in[7];
    end
endmodule // nic_core$builder$payload_bytes


module nic_core$builder$payload_mismatches(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$payload_mismatches


module nic_core$builder$payload_short(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$payload_short


module nic_core$builder$payload_slice(clock,reset,in_data,in_valid,in_ready,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [64:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  [64:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    
    // Stub signals
    reg  [64:0] main_data$d;
    wire  [64:0] main_data$q;
    reg  main_data$clock;
    reg  main_valid$d;
    wire  main_valid$q;
    reg  main_valid$clock;
    reg  [64:0] skid_data$d;
    wire  [64:0] skid_data$q;
    reg  skid_data$clock;
    reg  skid_valid$d;
    wire  skid_valid$q;
    reg  skid_valid$clock;
    
    // Sub module instances
    nic_core$builder$payload_slice$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    nic_core$builder$payload_slice$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    nic_core$builder$payload_slice$skid_data skid_data(
        .d(skid_data$d),
        .q(skid_data$q),
        .clock(skid_data$clock)
    );
    nic_core$builder$payload_slice$skid_valid skid_valid(
        .d(skid_valid$d),
        .q(skid_valid$q),
        .clock(skid_valid$clock)
    );
    
    // Update code
    always @(*) begin
        main_data$clock = clock;
        main_valid$clock = clock;
        skid_data$clock = clock;
        skid_valid$clock = clock;
        main_data$d = main_data$q;
        main_valid$d = main_valid$q;
        skid_data$d = skid_data$q;
        skid_valid$d = skid_valid$q;
        in_ready = ~skid_valid$q;
        out_data = main_data$q;
        out_valid = main_valid$q;
        if (out_ready | ~main_valid$q) begin
            if (skid_valid$q) begin
                main_data$d = skid_data$q;
                main_valid$d = 1'b1;
                skid_valid$d = 1'b0;
            end
            else begin
                main_data$d = in_data;
                main_valid$d = in_valid;
            end
        end
        else if (~skid_valid$q) begin
            skid_data$d = in_data;
            skid_valid$d = in_valid;
        end
        if (reset) begin
            main_valid$d = 1'b0;
            skid_valid$d = 1'b0;
        end
    end
    
endmodule // nic_core$builder$payload_slice


module nic_core$builder$payload_slice$main_data(d,q,clock);
    
    // Module arguments
    input wire  [64:0] d;
    output reg  [64:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 65'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$payload_slice$main_data


module nic_core$builder$payload_slice$main_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$payload_slice$main_valid


module nic_core$builder$payload_slice$skid_data(d,q,clock);
    
    // Module arguments
    input wire  [64:0] d;
    output reg  [64:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 65'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$payload_slice$skid_data


module nic_core$builder$payload_slice$skid_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$payload_slice$skid_valid


module nic_core$builder$phase(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$phase


module nic_core$builder$planner(clock,reset,descriptor,descriptor_valid,descriptor_ready,pending,entry,layout,refused,ready,take);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [553:0] descriptor;
    input wire  descriptor_valid;
    output reg  descriptor_ready;
    output reg  [553:0] pending;
    output reg  [22:0] entry;
    output reg  [114:0] layout;
    output reg  refused;
    output reg  ready;
    input wire  take;
    
    // Constant declarations
    localparam  no_age = 3'b0;
    localparam  one_age = 3'b1;
    localparam  complete_age = 3'b100;
    localparam  no_pad = 2'b0;
    localparam  max_payload = 13'b1000000000000;
    localparam  no_payload = 13'b0;
    localparam  rule_empty = 2'b0;
    localparam  seven_bytes = 13'b111;
    localparam  min_frame = 16'h3c;
    localparam  eth_header = 16'he;
    localparam  icrc_bytes = 16'h4;
    localparam  one_byte = 16'h1;
    localparam  ipv4_constant_words = 20'hc511;
    localparam  last_whole_icrc_lane = 3'b100;
    
    // Stub signals
    reg  [7:0] opcodes$address;
    wire  [22:0] opcodes$data;
    reg  [3:0] thermometer$address;
    wire  [7:0] thermometer$data;
    reg  [3:0] last_thermometer$address;
    wire  [7:0] last_thermometer$data;
    reg  [553:0] held$d;
    wire  [553:0] held$q;
    reg  held$clock;
    reg  [22:0] held_entry$d;
    wire  [22:0] held_entry$q;
    reg  held_entry$clock;
    reg  held_valid$d;
    wire  held_valid$q;
    reg  held_valid$clock;
    reg  [2:0] age$d;
    wire  [2:0] age$q;
    reg  age$clock;
    reg  [1:0] s1_pad$d;
    wire  [1:0] s1_pad$q;
    reg  s1_pad$clock;
    reg  [15:0] s1_ip_length$d;
    wire  [15:0] s1_ip_length$q;
    reg  s1_ip_length$clock;
    reg  [15:0] s1_payload_end$d;
    wire  [15:0] s1_payload_end$q;
    reg  s1_payload_end$clock;
    reg  [19:0] s1_address_sum$d;
    wire  [19:0] s1_address_sum$q;
    reg  s1_address_sum$clock;
    reg  [9:0] s1_input_beats$d;
    wire  [9:0] s1_input_beats$q;
    reg  s1_input_beats$clock;
    reg  s1_bad$d;
    wire  s1_bad$q;
    reg  s1_bad$clock;
    reg  [15:0] s2_frame_end$d;
    wire  [15:0] s2_frame_end$q;
    reg  s2_frame_end$clock;
    reg  [15:0] s2_covered_end$d;
    wire  [15:0] s2_covered_end$q;
    reg  s2_covered_end$clock;
    reg  [19:0] s2_sum$d;
    wire  [19:0] s2_sum$q;
    reg  s2_sum$clock;
    reg  [16:0] s3_fold$d;
    wire  [16:0] s3_fold$q;
    reg  s3_fold$clock;
    reg  [114:0] planned$d;
    wire  [114:0] planned$q;
    reg  planned$clock;
    
    // Local signals
    reg  [1:0] pad_negated;
    reg  [15:0] frame_end;
    reg  [15:0] frame_last_byte;
    reg  [15:0] folded;
    reg  [7:0] tos;
    reg  [12:0] length;
    reg  [31:0] src_ip;
    reg  [31:0] dst_ip;
    reg  [3:0] lane;
    
    // Sub module instances
    nic_core$builder$planner$opcodes opcodes(
        .address(opcodes$address),
        .data(opcodes$data)
    );
    nic_core$builder$planner$thermometer thermometer(
        .address(thermometer$address),
        .data(thermometer$data)
    );
    nic_core$builder$planner$last_thermometer last_thermometer(
        .address(last_thermometer$address),
        .data(last_thermometer$data)
    );
    nic_core$builder$planner$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    nic_core$builder$planner$held_entry held_entry(
        .d(held_entry$d),
        .q(held_entry$q),
        .clock(held_entry$clock)
    );
    nic_core$builder$planner$held_valid held_valid(
        .d(held_valid$d),
        .q(held_valid$q),
        .clock(held_valid$clock)
    );
    nic_core$builder$planner$age age(
        .d(age$d),
        .q(age$q),
        .clock(age$clock)
    );
    nic_core$builder$planner$s1_pad s1_pad(
        .d(s1_pad$d),
        .q(s1_pad$q),
        .clock(s1_pad$clock)
    );
    nic_core$builder$planner$s1_ip_length s1_ip_length(
        .d(s1_ip_length$d),
        .q(s1_ip_length$q),
        .clock(s1_ip_length$clock)
    );
    nic_core$builder$planner$s1_payload_end s1_payload_end(
        .d(s1_payload_end$d),
        .q(s1_payload_end$q),
        .clock(s1_payload_end$clock)
    );
    nic_core$builder$planner$s1_address_sum s1_address_sum(
        .d(s1_address_sum$d),
        .q(s1_address_sum$q),
        .clock(s1_address_sum$clock)
    );
    nic_core$builder$planner$s1_input_beats s1_input_beats(
        .d(s1_input_beats$d),
        .q(s1_input_beats$q),
        .clock(s1_input_beats$clock)
    );
    nic_core$builder$planner$s1_bad s1_bad(
        .d(s1_bad$d),
        .q(s1_bad$q),
        .clock(s1_bad$clock)
    );
    nic_core$builder$planner$s2_frame_end s2_frame_end(
        .d(s2_frame_end$d),
        .q(s2_frame_end$q),
        .clock(s2_frame_end$clock)
    );
    nic_core$builder$planner$s2_covered_end s2_covered_end(
        .d(s2_covered_end$d),
        .q(s2_covered_end$q),
        .clock(s2_covered_end$clock)
    );
    nic_core$builder$planner$s2_sum s2_sum(
        .d(s2_sum$d),
        .q(s2_sum$q),
        .clock(s2_sum$clock)
    );
    nic_core$builder$planner$s3_fold s3_fold(
        .d(s3_fold$d),
        .q(s3_fold$q),
        .clock(s3_fold$clock)
    );
    nic_core$builder$planner$planned planned(
        .d(planned$d),
        .q(planned$q),
        .clock(planned$clock)
    );
    
    // Update code
    always @(*) begin
        held$clock = clock;
        held_entry$clock = clock;
        held_valid$clock = clock;
        age$clock = clock;
        s1_pad$clock = clock;
        s1_ip_length$clock = clock;
        s1_payload_end$clock = clock;
        s1_address_sum$clock = clock;
        s1_input_beats$clock = clock;
        s1_bad$clock = clock;
        s2_frame_end$clock = clock;
        s2_covered_end$clock = clock;
        s2_sum$clock = clock;
        s3_fold$clock = clock;
        planned$clock = clock;
        held$d = held$q;
        held_entry$d = held_entry$q;
        held_valid$d = held_valid$q;
        age$d = age$q;
        s1_pad$d = s1_pad$q;
        s1_ip_length$d = s1_ip_length$q;
        s1_payload_end$d = s1_payload_end$q;
        s1_address_sum$d = s1_address_sum$q;
        s1_input_beats$d = s1_input_beats$q;
        s1_bad$d = s1_bad$q;
        s2_frame_end$d = s2_frame_end$q;
        s2_covered_end$d = s2_covered_end$q;
        s2_sum$d = s2_sum$q;
        s3_fold$d = s3_fold$q;
        planned$d = planned$q;
        descriptor_ready = ~held_valid$q;
        opcodes$address = descriptor[(64'hb8)+:(8)];
        if (descriptor_valid & ~held_valid$q) begin
            held$d = descriptor;
            held_entry$d = opcodes$data;
            held_valid$d = 1'b1;
            age$d = no_age;
        end
        else if (age$q != complete_age) begin
            age$d = age$q + one_age;
        end
        ready = held_valid$q & (age$q == complete_age);
        pending = held$q;
        entry = held_entry$q;
        layout = planned$q;
        refused = s1_bad$q;
        length = held$q[(64'h21d)+:(13)];
        src_ip = held$q[(64'h60)+:(32)];
        dst_ip = held$q[(64'h80)+:(32)];
        lane = held_entry$q[(64'h13)+:(4)];
        pad_negated = no_pad - length[(32'h0)+:(2)];
        s1_pad$d = pad_negated;
        s1_ip_length$d = ((held_entry$q[(64'h8)+:(7)]) & 16'hffff) + ((length) & 16'hffff) + ((pad_negated) & 16'hffff);
        s1_payload_end$d = ((((held_entry$q[(64'hf)+:(4)]) & 16'hffff) << 32'h3) | ((lane) & 16'hffff)) + ((length) & 16'hffff);
        s1_address_sum$d = (((src_ip[(32'h10)+:(16)]) & 20'hfffff) + ((src_ip[(32'h0)+:(16)]) & 20'hfffff)) + (((dst_ip[(32'h10)+:(16)]) & 20'hfffff) + ((dst_ip[(32'h0)+:(16)]) & 20'hfffff));
        s1_input_beats$d = (((length + seven_bytes) >> 32'h3) & 10'h3ff);
        s1_bad$d = ~held_entry$q[(64'h0)+:(1)] | (length > max_payload) | ((held_entry$q[(64'h1)+:(2)] == rule_empty) & (length != no_payload));
        frame_end = s1_ip_length$q + eth_header;
        if (frame_end < min_frame) begin
            frame_end = min_frame;
        end
        s2_frame_end$d = frame_end;
        s2_covered_end$d = s1_ip_length$q + eth_header - icrc_bytes;
        tos = (((held$q[(64'ha0)+:(6)]) & 8'hff) << 32'h2) | ((held$q[(64'ha6)+:(2)]) & 8'hff);
        s2_sum$d = s1_address_sum$q + ((s1_ip_length$q) & 20'hfffff) + (ipv4_constant_words + ((tos) & 20'hfffff));
        s3_fold$d = ((s2_sum$q[(32'h0)+:(16)]) & 17'h1ffff) + ((s2_sum$q[(32'h10)+:(4)]) & 17'h1ffff);
        frame_last_byte = s2_frame_end$q - one_byte;
        planned$d[(64'h0)+:(2)] = s1_pad$q;
        planned$d[(64'h2)+:(16)] = s1_ip_length$q;
        planned$d[(64'h22)+:(10)] = ((held_entry$q[(64'hf)+:(4)]) & 10'h3ff);
        planned$d[(64'h2c)+:(1)] = ~lane[32'h2];
        planned$d[(64'h2d)+:(10)] = s1_input_beats$q;
        planned$d[(64'h37)+:(10)] = ((s1_payload_end$q[(32'h3)+:(13)]) & 10'h3ff);
        thermometer$address = ((s1_payload_end$q[(32'h0)+:(3)]) & 4'hf);
        planned$d[(64'h41)+:(8)] = thermometer$data;
        planned$d[(64'h49)+:(10)] = ((frame_last_byte[(32'h3)+:(13)]) & 10'h3ff);
        last_thermometer$address = ((frame_last_byte[(32'h0)+:(3)]) & 4'hf);
        planned$d[(64'h53)+:(8)] = last_thermometer$data;
        planned$d[(64'h5b)+:(10)] = (((s2_covered_end$q - one_byte) >> 32'h3) & 10'h3ff);
        planned$d[(64'h65)+:(10)] = ((s2_covered_end$q[(32'h3)+:(13)]) & 10'h3ff);
        planned$d[(64'h6f)+:(3)] = s2_covered_end$q[(32'h0)+:(3)];
        planned$d[(64'h72)+:(1)] = s2_covered_end$q[(32'h0)+:(3)] > last_whole_icrc_lane;
        folded = s3_fold$q[(32'h0)+:(16)] + ((s3_fold$q[(32'h10)+:(1)]) & 16'hffff);
        planned$d[(64'h12)+:(16)] = ~folded;
        if (take) begin
            held_valid$d = 1'b0;
        end
        if (reset) begin
            held_valid$d = 1'b0;
        end
    end
    
endmodule // nic_core$builder$planner


module nic_core$builder$planner$age(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$planner$age


module nic_core$builder$planner$held(d,q,clock);
    
    // Module arguments
    input wire  [553:0] d;
    output reg  [553:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 554'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$planner$held


module nic_core$builder$planner$held_entry(d,q,clock);
    
    // Module arguments
    input wire  [22:0] d;
    output reg  [22:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 23'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$planner$held_entry


module nic_core$builder$planner$held_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$planner$held_valid


module nic_core$builder$planner$last_thermometer(address,data);
    
    // Module arguments
    input wire  [3:0] address;
    output reg  [7:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        4'h0: data = 8'h1;
      4'h1: data = 8'h3;
      4'h2: data = 8'h7;
      4'h3: data = 8'hf;
      4'h4: data = 8'h1f;
      4'h5: data = 8'h3f;
      4'h6: data = 8'h7f;
      4'h7: data = 8'hff;
      4'h8: data = 8'hff;
      4'h9: data = 8'hff;
      4'ha: data = 8'hff;
      4'hb: data = 8'hff;
      4'hc: data = 8'hff;
      4'hd: data = 8'hff;
      4'he: data = 8'hff;
      4'hf: data = 8'hff;
      default: data = 8'h0;
    endcase
            
endmodule // nic_core$builder$planner$last_thermometer


module nic_core$builder$planner$opcodes(address,data);
    
    // Module arguments
    input wire  [7:0] address;
    output reg  [22:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        8'h0: data = 23'h332c03;
      8'h1: data = 23'h332c03;
      8'h2: data = 23'h332c05;
      8'h3: data = 23'h13b025;
      8'h4: data = 23'h332c07;
      8'h5: data = 23'h13b027;
      8'h6: data = 23'h343c0b;
      8'h7: data = 23'h332c03;
      8'h8: data = 23'h332c05;
      8'h9: data = 23'h13b025;
      8'ha: data = 23'h343c0f;
      8'hb: data = 23'h14c02f;
      8'hc: data = 23'h343c09;
      8'hd: data = 23'h13b013;
      8'he: data = 23'h332c03;
      8'hf: data = 23'h13b015;
      8'h10: data = 23'h13b017;
      8'h11: data = 23'h13b011;
      8'h16: data = 23'h13b045;
      8'h17: data = 23'h13b047;
      8'h64: data = 23'h33b487;
      8'h65: data = 23'h1438a7;
      8'h81: data = 23'h332c07;
      default: data = 23'h0;
    endcase
            
endmodule // nic_core$builder$planner$opcodes


module nic_core$builder$planner$planned(d,q,clock);
    
    // Module arguments
    input wire  [114:0] d;
    output reg  [114:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 115'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$planner$planned


module nic_core$builder$planner$s1_address_sum(d,q,clock);
    
    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 20'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$planner$s1_address_sum


module nic_core$builder$planner$s1_bad(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$planner$s1_bad


module nic_core$builder$planner$s1_input_beats(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$planner$s1_input_beats


module nic_core$builder$planner$s1_ip_length(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$planner$s1_ip_length


module nic_core$builder$planner$s1_pad(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$planner$s1_pad


module nic_core$builder$planner$s1_payload_end(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$planner$s1_payload_end


module nic_core$builder$planner$s2_covered_end(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$planner$s2_covered_end


module nic_core$builder$planner$s2_frame_end(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$planner$s2_frame_end


module nic_core$builder$planner$s2_sum(d,q,clock);
    
    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 20'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$planner$s2_sum


module nic_core$builder$planner$s3_fold(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$planner$s3_fold


module nic_core$builder$planner$thermometer(address,data);
    
    // Module arguments
    input wire  [3:0] address;
    output reg  [7:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        4'h0: data = 8'h0;
      4'h1: data = 8'h1;
      4'h2: data = 8'h3;
      4'h3: data = 8'h7;
      4'h4: data = 8'hf;
      4'h5: data = 8'h1f;
      4'h6: data = 8'h3f;
      4'h7: data = 8'h7f;
      4'h8: data = 8'hff;
      4'h9: data = 8'hff;
      4'ha: data = 8'hff;
      4'hb: data = 8'hff;
      4'hc: data = 8'hff;
      4'hd: data = 8'hff;
      4'he: data = 8'hff;
      4'hf: data = 8'hff;
      default: data = 8'h0;
    endcase
            
endmodule // nic_core$builder$planner$thermometer


module nic_core$builder$previous(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$previous


module nic_core$builder$refused_found(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$refused_found


module nic_core$builder$stomp(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$builder$stomp


module nic_core$connectors(clock,reset,s_axis_tdata,s_axis_tkeep,s_axis_tlast,s_axis_tvalid,s_axis_tready,s_axis_qp,s_axis_message_end,cfg_valid,cfg_ready,cfg_qp,cfg_enable,cfg_connector,cfg_controller,link_up,heartbeat_timeout,failback_request,fence_backend,available,failovers,failbacks,last_failover_cycles,packets_dispatched,packets_unknown_qp,probe_qp,probe_taken,c0_links$from_a$tdata,c0_links$from_a$tlast,c0_links$from_a$tvalid,c0_links$from_a$tready,c0_links$from_b$tdata,c0_links$from_b$tlast,c0_links$from_b$tvalid,c0_links$from_b$tready,c0_links$to_controller$tdata,c0_links$to_controller$tlast,c0_links$to_controller$tvalid,c0_links$to_controller$tready,c0_work$valid,c0_work$ready,c0_work$qp,c0_work$kind,c0_work$length,c0_work$va,c0_work$rkey,c0_work$tag,c0_work$payload$tdata,c0_work$payload$tlast,c0_work$payload$tvalid,c0_work$payload$tready,c0_work$read$tdata,c0_work$read$tlast,c0_work$read$tvalid,c0_work$read$tready,c0_work$read$tag,c0_work$read$length,c0_work$read$last,c0_counters$commands_forwarded,c0_counters$completions_delivered,c0_counters$unknown_qp,c0_counters$slots_full,c0_counters$malformed_capsule,c0_counters$capsule_too_long,c0_counters$wqe_unknown_qp,c0_counters$wqe_malformed,c0_counters$cqe_unknown_cid,c0_counters$read_data_unknown,c0_counters$wrong_link,c0_counters$commands_replayed,c0_counters$late_discarded,c0_counters$takeovers_acked,c0_counters$path_errors_sent,c0_counters$writes_truncated,c1_links$from_a$tdata,c1_links$from_a$tlast,c1_links$from_a$tvalid,c1_links$from_a$tready,c1_links$from_b$tdata,c1_links$from_b$tlast,c1_links$from_b$tvalid,c1_links$from_b$tready,c1_links$to_controller$tdata,c1_links$to_controller$tlast,c1_links$to_controller$tvalid,c1_links$to_controller$tready,c1_work$valid,c1_work$ready,c1_work$qp,c1_work$kind,c1_work$length,c1_work$va,c1_work$rkey,c1_work$tag,c1_work$payload$tdata,c1_work$payload$tlast,c1_work$payload$tvalid,c1_work$payload$tready,c1_work$read$tdata,c1_work$read$tlast,c1_work$read$tvalid,c1_work$read$tready,c1_work$read$tag,c1_work$read$length,c1_work$read$last,c1_counters$commands_forwarded,c1_counters$completions_delivered,c1_counters$unknown_qp,c1_counters$slots_full,c1_counters$malformed_capsule,c1_counters$capsule_too_long,c1_counters$wqe_unknown_qp,c1_counters$wqe_malformed,c1_counters$cqe_unknown_cid,c1_counters$read_data_unknown,c1_counters$wrong_link,c1_counters$commands_replayed,c1_counters$late_discarded,c1_counters$takeovers_acked,c1_counters$path_errors_sent,c1_counters$writes_truncated);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] s_axis_tdata;
    input wire  [7:0] s_axis_tkeep;
    input wire  s_axis_tlast;
    input wire  s_axis_tvalid;
    output reg  s_axis_tready;
    input wire  [23:0] s_axis_qp;
    input wire  s_axis_message_end;
    input wire  cfg_valid;
    output reg  cfg_ready;
    input wire  [3:0] cfg_qp;
    input wire  cfg_enable;
    input wire  cfg_connector;
    input wire  cfg_controller;
    input wire  [1:0] link_up;
    input wire  [15:0] heartbeat_timeout;
    input wire  failback_request;
    output reg  [1:0] fence_backend;
    output reg  [1:0] available;
    output reg  [31:0] failovers;
    output reg  [31:0] failbacks;
    output reg  [31:0] last_failover_cycles;
    output reg  [31:0] packets_dispatched;
    output reg  [31:0] packets_unknown_qp;
    input wire  [3:0] probe_qp;
    output reg  probe_taken;
    input wire  [63:0] c0_links$from_a$tdata;
    input wire  c0_links$from_a$tlast;
    input wire  c0_links$from_a$tvalid;
    output wire  c0_links$from_a$tready;
    input wire  [63:0] c0_links$from_b$tdata;
    input wire  c0_links$from_b$tlast;
    input wire  c0_links$from_b$tvalid;
    output wire  c0_links$from_b$tready;
    output wire  [63:0] c0_links$to_controller$tdata;
    output wire  c0_links$to_controller$tlast;
    output wire  [1:0] c0_links$to_controller$tvalid;
    input wire  [1:0] c0_links$to_controller$tready;
    output wire  c0_work$valid;
    input wire  c0_work$ready;
    output wire  [3:0] c0_work$qp;
    output wire  [1:0] c0_work$kind;
    output wire  [15:0] c0_work$length;
    output wire  [63:0] c0_work$va;
    output wire  [31:0] c0_work$rkey;
    output wire  [7:0] c0_work$tag;
    output wire  [63:0] c0_work$payload$tdata;
    output wire  c0_work$payload$tlast;
    output wire  c0_work$payload$tvalid;
    input wire  c0_work$payload$tready;
    input wire  [63:0] c0_work$read$tdata;
    input wire  c0_work$read$tlast;
    input wire  c0_work$read$tvalid;
    output wire  c0_work$read$tready;
    input wire  [7:0] c0_work$read$tag;
    input wire  [12:0] c0_work$read$length;
    input wire  c0_work$read$last;
    output wire  [31:0] c0_counters$commands_forwarded;
    output wire  [31:0] c0_counters$completions_delivered;
    output wire  [31:0] c0_counters$unknown_qp;
    output wire  [31:0] c0_counters$slots_full;
    output wire  [31:0] c0_counters$malformed_capsule;
    output wire  [31:0] c0_counters$capsule_too_long;
    output wire  [31:0] c0_counters$wqe_unknown_qp;
    output wire  [31:0] c0_counters$wqe_malformed;
    output wire  [31:0] c0_counters$cqe_unknown_cid;
    output wire  [31:0] c0_counters$read_data_unknown;
    output wire  [31:0] c0_counters$wrong_link;
    output wire  [31:0] c0_counters$commands_replayed;
    output wire  [31:0] c0_counters$late_discarded;
    output wire  [31:0] c0_counters$takeovers_acked;
    output wire  [31:0] c0_counters$path_errors_sent;
    output wire  [31:0] c0_counters$writes_truncated;
    input wire  [63:0] c1_links$from_a$tdata;
    input wire  c1_links$from_a$tlast;
    input wire  c1_links$from_a$tvalid;
    output wire  c1_links$from_a$tready;
    input wire  [63:0] c1_links$from_b$tdata;
    input wire  c1_links$from_b$tlast;
    input wire  c1_links$from_b$tvalid;
    output wire  c1_links$from_b$tready;
    output wire  [63:0] c1_links$to_controller$tdata;
    output wire  c1_links$to_controller$tlast;
    output wire  [1:0] c1_links$to_controller$tvalid;
    input wire  [1:0] c1_links$to_controller$tready;
    output wire  c1_work$valid;
    input wire  c1_work$ready;
    output wire  [3:0] c1_work$qp;
    output wire  [1:0] c1_work$kind;
    output wire  [15:0] c1_work$length;
    output wire  [63:0] c1_work$va;
    output wire  [31:0] c1_work$rkey;
    output wire  [7:0] c1_work$tag;
    output wire  [63:0] c1_work$payload$tdata;
    output wire  c1_work$payload$tlast;
    output wire  c1_work$payload$tvalid;
    input wire  c1_work$payload$tready;
    input wire  [63:0] c1_work$read$tdata;
    input wire  c1_work$read$tlast;
    input wire  c1_work$read$tvalid;
    output wire  c1_work$read$tready;
    input wire  [7:0] c1_work$read$tag;
    input wire  [12:0] c1_work$read$length;
    input wire  c1_work$read$last;
    output wire  [31:0] c1_counters$commands_forwarded;
    output wire  [31:0] c1_counters$completions_delivered;
    output wire  [31:0] c1_counters$unknown_qp;
    output wire  [31:0] c1_counters$slots_full;
    output wire  [31:0] c1_counters$malformed_capsule;
    output wire  [31:0] c1_counters$capsule_too_long;
    output wire  [31:0] c1_counters$wqe_unknown_qp;
    output wire  [31:0] c1_counters$wqe_malformed;
    output wire  [31:0] c1_counters$cqe_unknown_cid;
    output wire  [31:0] c1_counters$read_data_unknown;
    output wire  [31:0] c1_counters$wrong_link;
    output wire  [31:0] c1_counters$commands_replayed;
    output wire  [31:0] c1_counters$late_discarded;
    output wire  [31:0] c1_counters$takeovers_acked;
    output wire  [31:0] c1_counters$path_errors_sent;
    output wire  [31:0] c1_counters$writes_truncated;
    
    // Constant declarations
    localparam  bit_0 = 2'b1;
    localparam  bit_1 = 2'b10;
    localparam  zero_2 = 2'b0;
    
    // Enums
    localparam EmitStep$Idle = 0;
    localparam EmitStep$Header = 1;
    localparam EmitStep$Payload = 2;
    localparam EmitStep$Slot = 3;
    localparam EmitStep$ReadLookup = 4;
    localparam EmitStep$ReadPass = 5;
    
    // Stub signals
    reg  dispatcher$clock;
    reg  dispatcher$reset;
    reg  [63:0] dispatcher$s_axis_tdata;
    reg  [7:0] dispatcher$s_axis_tkeep;
    reg  dispatcher$s_axis_tlast;
    reg  dispatcher$s_axis_tvalid;
    wire  dispatcher$s_axis_tready;
    reg  [23:0] dispatcher$s_axis_qp;
    reg  dispatcher$s_axis_message_end;
    wire  [63:0] dispatcher$m_axis_tdata;
    wire  [7:0] dispatcher$m_axis_tkeep;
    wire  dispatcher$m_axis_tlast;
    wire  dispatcher$m_axis_tvalid;
    reg  [1:0] dispatcher$m_axis_tready;
    wire  dispatcher$m_axis_dest;
    wire  [3:0] dispatcher$m_axis_qp;
    wire  dispatcher$m_axis_message_end;
    reg  dispatcher$cfg_write;
    reg  [3:0] dispatcher$cfg_qp;
    reg  dispatcher$cfg_enable;
    reg  dispatcher$cfg_connector;
    wire  [31:0] dispatcher$packets_dispatched;
    wire  [31:0] dispatcher$packets_unknown_qp;
    reg  connector_0$clock;
    reg  connector_0$reset;
    reg  [63:0] connector_0$s_axis_tdata;
    reg  [7:0] connector_0$s_axis_tkeep;
    reg  connector_0$s_axis_tlast;
    reg  connector_0$s_axis_tvalid;
    wire  connector_0$s_axis_tready;
    reg  [3:0] connector_0$s_axis_qp;
    reg  connector_0$s_axis_message_end;
    reg  connector_0$cfg_valid;
    wire  connector_0$cfg_ready;
    reg  [3:0] connector_0$cfg_qp;
    reg  connector_0$cfg_enable;
    reg  connector_0$cfg_controller;
    reg  [1:0] connector_0$link_up;
    reg  [1:0] connector_0$fenced;
    reg  [1:0] connector_0$available;
    reg  [1:0] connector_0$fail_start;
    reg  [1:0] connector_0$fence_request;
    reg  [1:0] connector_0$readmit;
    reg  connector_0$failback;
    wire  [1:0] connector_0$fence_acked;
    wire  [1:0] connector_0$heard;
    wire  [1:0] connector_0$work_from;
    reg  [3:0] connector_0$probe_qp;
    wire  connector_0$probe_taken;
    reg  connector_1$clock;
    reg  connector_1$reset;
    reg  [63:0] connector_1$s_axis_tdata;
    reg  [7:0] connector_1$s_axis_tkeep;
    reg  connector_1$s_axis_tlast;
    reg  connector_1$s_axis_tvalid;
    wire  connector_1$s_axis_tready;
    reg  [3:0] connector_1$s_axis_qp;
    reg  connector_1$s_axis_message_end;
    reg  connector_1$cfg_valid;
    wire  connector_1$cfg_ready;
    reg  [3:0] connector_1$cfg_qp;
    reg  connector_1$cfg_enable;
    reg  connector_1$cfg_controller;
    reg  [1:0] connector_1$link_up;
    reg  [1:0] connector_1$fenced;
    reg  [1:0] connector_1$available;
    reg  [1:0] connector_1$fail_start;
    reg  [1:0] connector_1$fence_request;
    reg  [1:0] connector_1$readmit;
    reg  connector_1$failback;
    wire  [1:0] connector_1$fence_acked;
    wire  [1:0] connector_1$heard;
    wire  [1:0] connector_1$work_from;
    reg  [3:0] connector_1$probe_qp;
    wire  connector_1$probe_taken;
    reg  supervisor$clock;
    reg  supervisor$reset;
    reg  [1:0] supervisor$link_up;
    reg  [15:0] supervisor$heartbeat_timeout;
    reg  [1:0] supervisor$heard;
    reg  [1:0] supervisor$work_from;
    reg  [1:0] supervisor$fence_acked_a;
    reg  [1:0] supervisor$fence_acked_b;
    reg  supervisor$failback_request;
    wire  [1:0] supervisor$fenced;
    wire  [1:0] supervisor$available;
    wire  [1:0] supervisor$fail_start;
    wire  [1:0] supervisor$fence_request;
    wire  [1:0] supervisor$readmit;
    wire  supervisor$failback;
    wire  [31:0] supervisor$failovers;
    wire  [31:0] supervisor$failbacks;
    wire  [31:0] supervisor$last_failover_cycles;
    
    // Local signals
    reg  cfg_take;
    reg  [1:0] acked_a;
    reg  [1:0] acked_b;
    
    // Sub module instances
    nic_core$connectors$dispatcher dispatcher(
        .clock(dispatcher$clock),
        .reset(dispatcher$reset),
        .s_axis_tdata(dispatcher$s_axis_tdata),
        .s_axis_tkeep(dispatcher$s_axis_tkeep),
        .s_axis_tlast(dispatcher$s_axis_tlast),
        .s_axis_tvalid(dispatcher$s_axis_tvalid),
        .s_axis_tready(dispatcher$s_axis_tready),
        .s_axis_qp(dispatcher$s_axis_qp),
        .s_axis_message_end(dispatcher$s_axis_message_end),
        .m_axis_tdata(dispatcher$m_axis_tdata),
        .m_axis_tkeep(dispatcher$m_axis_tkeep),
        .m_axis_tlast(dispatcher$m_axis_tlast),
        .m_axis_tvalid(dispatcher$m_axis_tvalid),
        .m_axis_tready(dispatcher$m_axis_tready),
        .m_axis_dest(dispatcher$m_axis_dest),
        .m_axis_qp(dispatcher$m_axis_qp),
        .m_axis_message_end(dispatcher$m_axis_message_end),
        .cfg_write(dispatcher$cfg_write),
        .cfg_qp(dispatcher$cfg_qp),
        .cfg_enable(dispatcher$cfg_enable),
        .cfg_connector(dispatcher$cfg_connector),
        .packets_dispatched(dispatcher$packets_dispatched),
        .packets_unknown_qp(dispatcher$packets_unknown_qp)
    );
    nic_core$connectors$connector_0 connector_0(
        .clock(connector_0$clock),
        .reset(connector_0$reset),
        .s_axis_tdata(connector_0$s_axis_tdata),
        .s_axis_tkeep(connector_0$s_axis_tkeep),
        .s_axis_tlast(connector_0$s_axis_tlast),
        .s_axis_tvalid(connector_0$s_axis_tvalid),
        .s_axis_tready(connector_0$s_axis_tready),
        .s_axis_qp(connector_0$s_axis_qp),
        .s_axis_message_end(connector_0$s_axis_message_end),
        .cfg_valid(connector_0$cfg_valid),
        .cfg_ready(connector_0$cfg_ready),
        .cfg_qp(connector_0$cfg_qp),
        .cfg_enable(connector_0$cfg_enable),
        .cfg_controller(connector_0$cfg_controller),
        .link_up(connector_0$link_up),
        .fenced(connector_0$fenced),
        .available(connector_0$available),
        .fail_start(connector_0$fail_start),
        .fence_request(connector_0$fence_request),
        .readmit(connector_0$readmit),
        .failback(connector_0$failback),
        .fence_acked(connector_0$fence_acked),
        .heard(connector_0$heard),
        .work_from(connector_0$work_from),
        .links$from_a$tdata(c0_links$from_a$tdata),
        .links$from_a$tlast(c0_links$from_a$tlast),
        .links$from_a$tvalid(c0_links$from_a$tvalid),
        .links$from_a$tready(c0_links$from_a$tready),
        .links$from_b$tdata(c0_links$from_b$tdata),
        .links$from_b$tlast(c0_links$from_b$tlast),
        .links$from_b$tvalid(c0_links$from_b$tvalid),
        .links$from_b$tready(c0_links$from_b$tready),
        .links$to_controller$tdata(c0_links$to_controller$tdata),
        .links$to_controller$tlast(c0_links$to_controller$tlast),
        .links$to_controller$tvalid(c0_links$to_controller$tvalid),
        .links$to_controller$tready(c0_links$to_controller$tready),
        .work$valid(c0_work$valid),
        .work$ready(c0_work$ready),
        .work$qp(c0_work$qp),
        .work$kind(c0_work$kind),
        .work$length(c0_work$length),
        .work$va(c0_work$va),
        .work$rkey(c0_work$rkey),
        .work$tag(c0_work$tag),
        .work$payload$tdata(c0_work$payload$tdata),
        .work$payload$tlast(c0_work$payload$tlast),
        .work$payload$tvalid(c0_work$payload$tvalid),
        .work$payload$tready(c0_work$payload$tready),
        .work$read$tdata(c0_work$read$tdata),
        .work$read$tlast(c0_work$read$tlast),
        .work$read$tvalid(c0_work$read$tvalid),
        .work$read$tready(c0_work$read$tready),
        .work$read$tag(c0_work$read$tag),
        .work$read$length(c0_work$read$length),
        .work$read$last(c0_work$read$last),
        .counters$commands_forwarded(c0_counters$commands_forwarded),
        .counters$completions_delivered(c0_counters$completions_delivered),
        .counters$unknown_qp(c0_counters$unknown_qp),
        .counters$slots_full(c0_counters$slots_full),
        .counters$malformed_capsule(c0_counters$malformed_capsule),
        .counters$capsule_too_long(c0_counters$capsule_too_long),
        .counters$wqe_unknown_qp(c0_counters$wqe_unknown_qp),
        .counters$wqe_malformed(c0_counters$wqe_malformed),
        .counters$cqe_unknown_cid(c0_counters$cqe_unknown_cid),
        .counters$read_data_unknown(c0_counters$read_data_unknown),
        .counters$wrong_link(c0_counters$wrong_link),
        .counters$commands_replayed(c0_counters$commands_replayed),
        .counters$late_discarded(c0_counters$late_discarded),
        .counters$takeovers_acked(c0_counters$takeovers_acked),
        .counters$path_errors_sent(c0_counters$path_errors_sent),
        .counters$writes_truncated(c0_counters$writes_truncated),
        .probe_qp(connector_0$probe_qp),
        .probe_taken(connector_0$probe_taken)
    );
    nic_core$connectors$connector_1 connector_1(
        .clock(connector_1$clock),
        .reset(connector_1$reset),
        .s_axis_tdata(connector_1$s_axis_tdata),
        .s_axis_tkeep(connector_1$s_axis_tkeep),
        .s_axis_tlast(connector_1$s_axis_tlast),
        .s_axis_tvalid(connector_1$s_axis_tvalid),
        .s_axis_tready(connector_1$s_axis_tready),
        .s_axis_qp(connector_1$s_axis_qp),
        .s_axis_message_end(connector_1$s_axis_message_end),
        .cfg_valid(connector_1$cfg_valid),
        .cfg_ready(connector_1$cfg_ready),
        .cfg_qp(connector_1$cfg_qp),
        .cfg_enable(connector_1$cfg_enable),
        .cfg_controller(connector_1$cfg_controller),
        .link_up(connector_1$link_up),
        .fenced(connector_1$fenced),
        .available(connector_1$available),
        .fail_start(connector_1$fail_start),
        .fence_request(connector_1$fence_request),
        .readmit(connector_1$readmit),
        .failback(connector_1$failback),
        .fence_acked(connector_1$fence_acked),
        .heard(connector_1$heard),
        .work_from(connector_1$work_from),
        .links$from_a$tdata(c1_links$from_a$tdata),
        .links$from_a$tlast(c1_links$from_a$tlast),
        .links$from_a$tvalid(c1_links$from_a$tvalid),
        .links$from_a$tready(c1_links$from_a$tready),
        .links$from_b$tdata(c1_links$from_b$tdata),
        .links$from_b$tlast(c1_links$from_b$tlast),
        .links$from_b$tvalid(c1_links$from_b$tvalid),
        .links$from_b$tready(c1_links$from_b$tready),
        .links$to_controller$tdata(c1_links$to_controller$tdata),
        .links$to_controller$tlast(c1_links$to_controller$tlast),
        .links$to_controller$tvalid(c1_links$to_controller$tvalid),
        .links$to_controller$tready(c1_links$to_controller$tready),
        .work$valid(c1_work$valid),
        .work$ready(c1_work$ready),
        .work$qp(c1_work$qp),
        .work$kind(c1_work$kind),
        .work$length(c1_work$length),
        .work$va(c1_work$va),
        .work$rkey(c1_work$rkey),
        .work$tag(c1_work$tag),
        .work$payload$tdata(c1_work$payload$tdata),
        .work$payload$tlast(c1_work$payload$tlast),
        .work$payload$tvalid(c1_work$payload$tvalid),
        .work$payload$tready(c1_work$payload$tready),
        .work$read$tdata(c1_work$read$tdata),
        .work$read$tlast(c1_work$read$tlast),
        .work$read$tvalid(c1_work$read$tvalid),
        .work$read$tready(c1_work$read$tready),
        .work$read$tag(c1_work$read$tag),
        .work$read$length(c1_work$read$length),
        .work$read$last(c1_work$read$last),
        .counters$commands_forwarded(c1_counters$commands_forwarded),
        .counters$completions_delivered(c1_counters$completions_delivered),
        .counters$unknown_qp(c1_counters$unknown_qp),
        .counters$slots_full(c1_counters$slots_full),
        .counters$malformed_capsule(c1_counters$malformed_capsule),
        .counters$capsule_too_long(c1_counters$capsule_too_long),
        .counters$wqe_unknown_qp(c1_counters$wqe_unknown_qp),
        .counters$wqe_malformed(c1_counters$wqe_malformed),
        .counters$cqe_unknown_cid(c1_counters$cqe_unknown_cid),
        .counters$read_data_unknown(c1_counters$read_data_unknown),
        .counters$wrong_link(c1_counters$wrong_link),
        .counters$commands_replayed(c1_counters$commands_replayed),
        .counters$late_discarded(c1_counters$late_discarded),
        .counters$takeovers_acked(c1_counters$takeovers_acked),
        .counters$path_errors_sent(c1_counters$path_errors_sent),
        .counters$writes_truncated(c1_counters$writes_truncated),
        .probe_qp(connector_1$probe_qp),
        .probe_taken(connector_1$probe_taken)
    );
    nic_core$connectors$supervisor supervisor(
        .clock(supervisor$clock),
        .reset(supervisor$reset),
        .link_up(supervisor$link_up),
        .heartbeat_timeout(supervisor$heartbeat_timeout),
        .heard(supervisor$heard),
        .work_from(supervisor$work_from),
        .fence_acked_a(supervisor$fence_acked_a),
        .fence_acked_b(supervisor$fence_acked_b),
        .failback_request(supervisor$failback_request),
        .fenced(supervisor$fenced),
        .available(supervisor$available),
        .fail_start(supervisor$fail_start),
        .fence_request(supervisor$fence_request),
        .readmit(supervisor$readmit),
        .failback(supervisor$failback),
        .failovers(supervisor$failovers),
        .failbacks(supervisor$failbacks),
        .last_failover_cycles(supervisor$last_failover_cycles)
    );
    
    // Update code
    always @(*) begin
        dispatcher$clock = clock;
        dispatcher$reset = reset;
        connector_0$clock = clock;
        connector_0$reset = reset;
        connector_1$clock = clock;
        connector_1$reset = reset;
        supervisor$clock = clock;
        supervisor$reset = reset;
        connector_0$probe_qp = probe_qp;
        connector_1$probe_qp = probe_qp;
        probe_taken = connector_0$probe_taken | connector_1$probe_taken;
        dispatcher$s_axis_tdata = s_axis_tdata;
        dispatcher$s_axis_tkeep = s_axis_tkeep;
        dispatcher$s_axis_tlast = s_axis_tlast;
        dispatcher$s_axis_tvalid = s_axis_tvalid;
        dispatcher$s_axis_qp = s_axis_qp;
        dispatcher$s_axis_message_end = s_axis_message_end;
        s_axis_tready = dispatcher$s_axis_tready;
        connector_0$s_axis_tdata = dispatcher$m_axis_tdata;
        connector_0$s_axis_tkeep = dispatcher$m_axis_tkeep;
        connector_0$s_axis_tlast = dispatcher$m_axis_tlast;
        connector_0$s_axis_qp = dispatcher$m_axis_qp;
        connector_0$s_axis_message_end = dispatcher$m_axis_message_end;
        connector_1$s_axis_tdata = dispatcher$m_axis_tdata;
        connector_1$s_axis_tkeep = dispatcher$m_axis_tkeep;
        connector_1$s_axis_tlast = dispatcher$m_axis_tlast;
        connector_1$s_axis_qp = dispatcher$m_axis_qp;
        connector_1$s_axis_message_end = dispatcher$m_axis_message_end;
        connector_0$s_axis_tvalid = dispatcher$m_axis_tvalid & ~|dispatcher$m_axis_dest;
        connector_1$s_axis_tvalid = dispatcher$m_axis_tvalid & |dispatcher$m_axis_dest;
        dispatcher$m_axis_tready = zero_2;
        if (connector_0$s_axis_tready) begin
            dispatcher$m_axis_tready = bit_0;
        end
        if (connector_1$s_axis_tready) begin
            dispatcher$m_axis_tready = dispatcher$m_axis_tready | bit_1;
        end
        cfg_ready = connector_0$cfg_ready & connector_1$cfg_ready;
        cfg_take = cfg_valid & connector_0$cfg_ready & connector_1$cfg_ready;
        dispatcher$cfg_write = cfg_take;
        dispatcher$cfg_qp = cfg_qp;
        dispatcher$cfg_enable = cfg_enable;
        dispatcher$cfg_connector = ((cfg_connector) & 1'h1);
        connector_0$cfg_valid = cfg_take;
        connector_0$cfg_qp = cfg_qp;
        connector_0$cfg_controller = cfg_controller;
        connector_1$cfg_valid = cfg_take;
        connector_1$cfg_qp = cfg_qp;
        connector_1$cfg_controller = cfg_controller;
        connector_0$cfg_enable = cfg_enable & ~cfg_connector;
        connector_1$cfg_enable = cfg_enable & cfg_connector;
        supervisor$link_up = link_up;
        supervisor$heartbeat_timeout = heartbeat_timeout;
        supervisor$failback_request = failback_request;
        supervisor$heard = connector_0$heard | connector_1$heard;
        supervisor$work_from = connector_0$work_from | connector_1$work_from;
        acked_a = zero_2;
        acked_b = zero_2;
        if (connector_0$fence_acked[32'h0]) begin
            acked_a = acked_a | bit_0;
        end
        if (connector_0$fence_acked[32'h1]) begin
            acked_b = acked_b | bit_0;
        end
        if (connector_1$fence_acked[32'h0]) begin
            acked_a = acked_a | bit_1;
        end
        if (connector_1$fence_acked[32'h1]) begin
            acked_b = acked_b | bit_1;
        end
        supervisor$fence_acked_a = acked_a;
        supervisor$fence_acked_b = acked_b;
        connector_0$link_up = link_up;
        connector_0$fenced = supervisor$fenced;
        connector_0$available = supervisor$available;
        connector_0$fail_start = supervisor$fail_start;
        connector_0$fence_request = supervisor$fence_request;
        connector_0$readmit = supervisor$readmit;
        connector_0$failback = supervisor$failback;
        connector_1$link_up = link_up;
        connector_1$fenced = supervisor$fenced;
        connector_1$available = supervisor$available;
        connector_1$fail_start = supervisor$fail_start;
        connector_1$fence_request = supervisor$fence_request;
        connector_1$readmit = supervisor$readmit;
        connector_1$failback = supervisor$failback;
        fence_backend = supervisor$fenced;
        available = supervisor$available;
        failovers = supervisor$failovers;
        failbacks = supervisor$failbacks;
        last_failover_cycles = supervisor$last_failover_cycles;
        packets_dispatched = dispatcher$packets_dispatched;
        packets_unknown_qp = dispatcher$packets_unknown_qp;
    end
    
endmodule // nic_core$connectors


module nic_core$connectors$connector_0(clock,reset,s_axis_tdata,s_axis_tkeep,s_axis_tlast,s_axis_tvalid,s_axis_tready,s_axis_qp,s_axis_message_end,cfg_valid,cfg_ready,cfg_qp,cfg_enable,cfg_controller,link_up,fenced,available,fail_start,fence_request,readmit,failback,fence_acked,heard,work_from,links$from_a$tdata,links$from_a$tlast,links$from_a$tvalid,links$from_a$tready,links$from_b$tdata,links$from_b$tlast,links$from_b$tvalid,links$from_b$tready,links$to_controller$tdata,links$to_controller$tlast,links$to_controller$tvalid,links$to_controller$tready,work$valid,work$ready,work$qp,work$kind,work$length,work$va,work$rkey,work$tag,work$payload$tdata,work$payload$tlast,work$payload$tvalid,work$payload$tready,work$read$tdata,work$read$tlast,work$read$tvalid,work$read$tready,work$read$tag,work$read$length,work$read$last,counters$commands_forwarded,counters$completions_delivered,counters$unknown_qp,counters$slots_full,counters$malformed_capsule,counters$capsule_too_long,counters$wqe_unknown_qp,counters$wqe_malformed,counters$cqe_unknown_cid,counters$read_data_unknown,counters$wrong_link,counters$commands_replayed,counters$late_discarded,counters$takeovers_acked,counters$path_errors_sent,counters$writes_truncated,probe_qp,probe_taken);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] s_axis_tdata;
    input wire  [7:0] s_axis_tkeep;
    input wire  s_axis_tlast;
    input wire  s_axis_tvalid;
    output reg  s_axis_tready;
    input wire  [3:0] s_axis_qp;
    input wire  s_axis_message_end;
    input wire  cfg_valid;
    output reg  cfg_ready;
    input wire  [3:0] cfg_qp;
    input wire  cfg_enable;
    input wire  cfg_controller;
    input wire  [1:0] link_up;
    input wire  [1:0] fenced;
    input wire  [1:0] available;
    input wire  [1:0] fail_start;
    input wire  [1:0] fence_request;
    input wire  [1:0] readmit;
    input wire  failback;
    output reg  [1:0] fence_acked;
    output reg  [1:0] heard;
    output reg  [1:0] work_from;
    input wire  [63:0] links$from_a$tdata;
    input wire  links$from_a$tlast;
    input wire  links$from_a$tvalid;
    output wire  links$from_a$tready;
    input wire  [63:0] links$from_b$tdata;
    input wire  links$from_b$tlast;
    input wire  links$from_b$tvalid;
    output wire  links$from_b$tready;
    output wire  [63:0] links$to_controller$tdata;
    output wire  links$to_controller$tlast;
    output wire  [1:0] links$to_controller$tvalid;
    input wire  [1:0] links$to_controller$tready;
    output reg  work$valid;
    input wire  work$ready;
    output reg  [3:0] work$qp;
    output reg  [1:0] work$kind;
    output reg  [15:0] work$length;
    output reg  [63:0] work$va;
    output reg  [31:0] work$rkey;
    output reg  [7:0] work$tag;
    output reg  [63:0] work$payload$tdata;
    output reg  work$payload$tlast;
    output reg  work$payload$tvalid;
    input wire  work$payload$tready;
    input wire  [63:0] work$read$tdata;
    input wire  work$read$tlast;
    input wire  work$read$tvalid;
    output wire  work$read$tready;
    input wire  [7:0] work$read$tag;
    input wire  [12:0] work$read$length;
    input wire  work$read$last;
    output wire  [31:0] counters$commands_forwarded;
    output wire  [31:0] counters$completions_delivered;
    output wire  [31:0] counters$unknown_qp;
    output wire  [31:0] counters$slots_full;
    output wire  [31:0] counters$malformed_capsule;
    output wire  [31:0] counters$capsule_too_long;
    output wire  [31:0] counters$wqe_unknown_qp;
    output wire  [31:0] counters$wqe_malformed;
    output wire  [31:0] counters$cqe_unknown_cid;
    output wire  [31:0] counters$read_data_unknown;
    output wire  [31:0] counters$wrong_link;
    output wire  [31:0] counters$commands_replayed;
    output wire  [31:0] counters$late_discarded;
    output wire  [31:0] counters$takeovers_acked;
    output wire  [31:0] counters$path_errors_sent;
    output wire  [31:0] counters$writes_truncated;
    input wire  [3:0] probe_qp;
    output reg  probe_taken;
    
    // Constant declarations
    localparam  one_qp = 4'h1;
    localparam  zero_qp = 4'h0;
    localparam  last_qp = 4'hf;
    localparam  slot_shift = 9'b101;
    localparam  slot_shift_wide = 512'h5;
    localparam  slot_mask_wide = 512'hffffffff;
    localparam  one_slots = 512'h1;
    localparam  zero_slots = 512'h0;
    localparam  type_command = 64'h1;
    localparam  type_takeover = 64'h800000002;
    localparam  type_fence = 64'h4;
    localparam  kind_send = 2'b0;
    localparam  kind_send_invalidate = 2'b1;
    localparam  kind_write = 2'b10;
    localparam  kind_read = 2'b11;
    localparam  path_error_status = 64'h6e0000000000000;
    localparam  status_mask = 16'hffe;
    localparam  cid_above_slot = 16'hffe0;
    localparam  cqe_cid_field = 64'hffff00000000;
    localparam  shift_16 = 64'h10;
    localparam  shift_32 = 64'h20;
    localparam  shift_48 = 64'h30;
    localparam  cqe_bytes = 16'h10;
    localparam  bit_a = 2'b1;
    localparam  bit_b = 2'b10;
    localparam  zero_2 = 2'b0;
    localparam  zero_32 = 32'h0;
    localparam  zero_16 = 16'h0;
    localparam  one_16 = 16'h1;
    localparam  zero_64 = 64'h0;
    localparam  one_8 = 8'h1;
    localparam  zero_8 = 8'h0;
    localparam  cleared_entry = 84'h0;
    localparam  one_sq = 7'b1;
    
    // Enums
    localparam EngineStep$Clear = 0;
    localparam EngineStep$Idle = 1;
    localparam EngineStep$CapsuleLoad = 2;
    localparam EngineStep$CapsuleDecide = 3;
    localparam EngineStep$Reading = 4;
    localparam EngineStep$WqeDecide = 5;
    localparam EngineStep$CqeLoad = 6;
    localparam EngineStep$CqeDecide = 7;
    localparam EngineStep$WrIssue = 8;
    localparam EngineStep$CqeOut0 = 9;
    localparam EngineStep$CqeOut1 = 10;
    localparam EngineStep$DrainCheck = 11;
    localparam EngineStep$DrainTakeover = 12;
    localparam EngineStep$Sweeping = 13;
    localparam SweepKind$Fail = 0;
    localparam SweepKind$Readmit = 1;
    localparam SweepKind$Failback = 2;
    localparam EmitStep$Idle = 0;
    localparam EmitStep$Header = 1;
    localparam EmitStep$Payload = 2;
    localparam EmitStep$Slot = 3;
    localparam EmitStep$ReadLookup = 4;
    localparam EmitStep$ReadPass = 5;
    
    // Stub signals
    reg  receiver$clock;
    reg  receiver$reset;
    reg  [63:0] receiver$s_axis_tdata;
    reg  [7:0] receiver$s_axis_tkeep;
    reg  receiver$s_axis_tlast;
    reg  receiver$s_axis_tvalid;
    wire  receiver$s_axis_tready;
    reg  [3:0] receiver$s_axis_qp;
    reg  receiver$s_axis_message_end;
    reg  [511:0] receiver$busy;
    wire  receiver$buffer_write_enable;
    wire  [16:0] receiver$buffer_write_address;
    wire  [63:0] receiver$buffer_write_data;
    wire  receiver$capsule_valid;
    reg  receiver$capsule_ready;
    wire  [3:0] receiver$capsule_qp;
    wire  [4:0] receiver$capsule_slot;
    wire  [15:0] receiver$capsule_cid;
    wire  [15:0] receiver$capsule_length;
    wire  receiver$capsule_admin_connect;
    reg  [511:0] receiver$freed;
    reg  [3:0] receiver$probe_qp;
    wire  receiver$probe_taken;
    wire  receiver$slots_full;
    wire  receiver$malformed_capsule;
    wire  receiver$capsule_too_long;
    reg  [3:0] qp_table$read_address;
    reg  qp_table$read_clock;
    wire  [83:0] qp_table$read_data;
    reg  [3:0] qp_table$write_address;
    reg  qp_table$write_clock;
    reg  [83:0] qp_table$write_data;
    reg  qp_table$write_enable;
    reg  [8:0] meta$read_address;
    reg  meta$read_clock;
    wire  [32:0] meta$read_data;
    reg  [8:0] meta$write_address;
    reg  meta$write_clock;
    reg  [32:0] meta$write_data;
    reg  meta$write_enable;
    reg  [16:0] buffer$read_address;
    reg  buffer$read_clock;
    wire  [63:0] buffer$read_data;
    reg  [16:0] buffer$write_address;
    reg  buffer$write_clock;
    reg  [63:0] buffer$write_data;
    reg  buffer$write_enable;
    reg  [511:0] busy$d;
    wire  [511:0] busy$q;
    reg  busy$clock;
    reg  [3:0] step$d;
    wire  [3:0] step$q;
    reg  step$clock;
    reg  [3:0] resume$d;
    wire  [3:0] resume$q;
    reg  resume$clock;
    reg  [3:0] qp$d;
    wire  [3:0] qp$q;
    reg  qp$clock;
    reg  [4:0] slot$d;
    wire  [4:0] slot$q;
    reg  slot$clock;
    reg  [83:0] entry$d;
    wire  [83:0] entry$q;
    reg  entry$clock;
    reg  [63:0] cqe_low$d;
    wire  [63:0] cqe_low$q;
    reg  cqe_low$clock;
    reg  [63:0] cqe_high$d;
    wire  [63:0] cqe_high$q;
    reg  cqe_high$clock;
    reg  mover$clock;
    reg  mover$reset;
    reg  mover$start;
    reg  mover$start_src;
    reg  [15:0] mover$start_length;
    wire  mover$busy;
    wire  mover$src;
    reg  [63:0] mover$from_a_tdata;
    reg  mover$from_a_tvalid;
    reg  mover$from_a_tlast;
    reg  [63:0] mover$from_b_tdata;
    reg  mover$from_b_tvalid;
    reg  mover$from_b_tlast;
    wire  mover$take;
    reg  [1:0] mover$available;
    wire  [63:0] mover$payload_tdata;
    wire  mover$payload_tlast;
    wire  mover$payload_tvalid;
    reg  mover$payload_tready;
    wire  [1:0] mover$skip;
    wire  mover$write_truncated;
    reg  [1:0] work_kind$d;
    wire  [1:0] work_kind$q;
    reg  work_kind$clock;
    reg  [15:0] work_length$d;
    wire  [15:0] work_length$q;
    reg  work_length$clock;
    reg  [7:0] work_tag$d;
    wire  [7:0] work_tag$q;
    reg  work_tag$clock;
    reg  [31:0] work_rkey$d;
    wire  [31:0] work_rkey$q;
    reg  work_rkey$clock;
    reg  work_caused$d;
    wire  work_caused$q;
    reg  work_caused$clock;
    reg  sweeper$clock;
    reg  sweeper$reset;
    reg  sweeper$start;
    reg  [1:0] sweeper$start_kind;
    reg  sweeper$start_controller;
    reg  sweeper$active;
    reg  sweeper$link_waiting;
    reg  [1:0] sweeper$available;
    reg  [511:0] sweeper$busy;
    reg  [83:0] sweeper$table_data;
    reg  [15:0] sweeper$slot_cid;
    reg  [15:0] sweeper$slot_length;
    reg  sweeper$emit_idle;
    wire  [3:0] sweeper$qp;
    wire  [8:0] sweeper$slot_address;
    wire  sweeper$table_write;
    wire  [83:0] sweeper$table_entry;
    wire  sweeper$issue;
    wire  sweeper$issue_controller;
    wire  [63:0] sweeper$issue_header;
    wire  [2:0] sweeper$issue_next;
    wire  [63:0] sweeper$issue_payload;
    wire  [15:0] sweeper$issue_length;
    wire  sweeper$path_error;
    wire  [63:0] sweeper$path_error_high;
    wire  [511:0] sweeper$busy_clear;
    wire  sweeper$command_replayed;
    wire  sweeper$paused;
    wire  sweeper$done;
    reg  sweep_paused$d;
    wire  sweep_paused$q;
    reg  sweep_paused$clock;
    reg  serve_link$d;
    wire  serve_link$q;
    reg  serve_link$clock;
    reg  [1:0] fail_pending$d;
    wire  [1:0] fail_pending$q;
    reg  fail_pending$clock;
    reg  [1:0] fence_pending$d;
    wire  [1:0] fence_pending$q;
    reg  fence_pending$clock;
    reg  [1:0] readmit_pending$d;
    wire  [1:0] readmit_pending$q;
    reg  readmit_pending$clock;
    reg  failback_pending$d;
    wire  failback_pending$q;
    reg  failback_pending$clock;
    reg  [1:0] fence_sent$d;
    wire  [1:0] fence_sent$q;
    reg  fence_sent$clock;
    reg  capsule_blocked$d;
    wire  capsule_blocked$q;
    reg  capsule_blocked$clock;
    reg  prefer_link$d;
    wire  prefer_link$q;
    reg  prefer_link$clock;
    reg  [3:0] clear_qp$d;
    wire  [3:0] clear_qp$q;
    reg  clear_qp$clock;
    reg  emitter$clock;
    reg  emitter$reset;
    reg  [1:0] emitter$link_up;
    reg  [1:0] emitter$fenced;
    reg  [1:0] emitter$available;
    reg  emitter$issue;
    reg  emitter$issue_controller;
    reg  [63:0] emitter$issue_header;
    reg  [2:0] emitter$issue_next;
    reg  emitter$issue_fence;
    reg  [63:0] emitter$issue_payload;
    reg  [8:0] emitter$issue_slot;
    reg  [15:0] emitter$issue_length;
    wire  emitter$idle;
    wire  [16:0] emitter$buffer_address;
    reg  [63:0] emitter$buffer_data;
    wire  [1:0] emitter$read_table_address;
    reg  [22:0] emitter$read_table_entry;
    reg  [3:0] emitter$read_live;
    wire  [3:0] emitter$read_retire;
    wire  emitter$read_data_unknown;
    reg  intake$clock;
    reg  intake$reset;
    reg  [1:0] intake$link_up;
    reg  [1:0] intake$fenced;
    reg  [1:0] intake$available;
    wire  [1:0] intake$heard;
    wire  intake$waiting;
    wire  intake$offered$from_b;
    wire  [7:0] intake$offered$kind;
    wire  [47:0] intake$offered$fields;
    wire  intake$offered$last;
    reg  intake$take_header;
    reg  intake$beat$src;
    wire  [63:0] intake$beat$data;
    wire  intake$beat$last;
    wire  intake$beat$valid;
    wire  intake$beat$lost;
    reg  intake$beat$take;
    reg  intake$mover_busy;
    reg  intake$mover_src;
    reg  intake$mover_take;
    reg  [1:0] intake$skip;
    reg  reader$clock;
    reg  reader$reset;
    reg  reader$take_header;
    reg  reader$offered$from_b;
    reg  [7:0] reader$offered$kind;
    reg  [47:0] reader$offered$fields;
    reg  reader$offered$last;
    reg  reader$read_cqe;
    wire  reader$beat$src;
    reg  [63:0] reader$beat$data;
    reg  reader$beat$last;
    reg  reader$beat$valid;
    reg  reader$beat$lost;
    wire  reader$beat$take;
    reg  [1:0] reader$fenced;
    reg  [1:0] reader$fence_sent;
    wire  reader$finished;
    wire  reader$descriptor_read;
    wire  reader$cqe_low_read;
    wire  reader$cqe_read;
    wire  [1:0] reader$skip;
    wire  [1:0] reader$fence_acked;
    wire  reader$late_discarded;
    wire  reader$wqe_unknown_qp;
    wire  reader$wqe_malformed;
    wire  reader$takeover_acked;
    wire  reader$src;
    wire  [1:0] reader$src_bit;
    wire  reader$ended;
    wire  [15:0] reader$tag;
    wire  [15:0] reader$length;
    wire  [63:0] reader$va;
    wire  [31:0] reader$rkey;
    wire  [31:0] reader$invalidate;
    wire  reader$write_ok;
    wire  reader$read_ok;
    wire  reader$send_ok;
    wire  reader$send_invalidate;
    reg  read_table$clock;
    reg  read_table$reset;
    wire  read_table$has_free;
    wire  [7:0] read_table$next_tag;
    reg  read_table$allocate;
    reg  read_table$controller;
    reg  [15:0] read_table$tag;
    reg  read_table$forget;
    reg  [1:0] read_table$lookup_index;
    wire  [22:0] read_table$lookup_entry;
    wire  [3:0] read_table$live;
    reg  [3:0] read_table$retire;
    reg  count$clock;
    reg  count$reset;
    reg  count$command_forwarded;
    reg  count$completion_delivered;
    reg  count$unknown_qp;
    reg  count$slots_full;
    reg  count$malformed_capsule;
    reg  count$capsule_too_long;
    reg  count$wqe_unknown_qp;
    reg  count$wqe_malformed;
    reg  count$cqe_unknown_cid;
    reg  count$read_data_unknown;
    reg  count$wrong_link;
    reg  count$command_replayed;
    reg  count$late_discarded;
    reg  count$takeover_acked;
    reg  count$path_error_sent;
    reg  count$write_truncated;
    
    // Local signals
    reg  pick_link;
    reg  take_header;
    reg  read_cqe;
    reg  mover_start;
    reg  capsule_ok;
    reg  [1:0] pending_bit;
    reg  finish;
    reg  [1:0] skip_set;
    reg  [83:0] table_entry;
    reg  [8:0] slot_address;
    reg  [511:0] slot_bit;
    reg  slot_busy;
    reg  [511:0] qp_slots;
    reg  [511:0] busy_set;
    reg  [511:0] busy_clear;
    reg  issue;
    reg  issue_controller;
    reg  [63:0] issue_header;
    reg  [2:0] issue_next;
    reg  issue_fence;
    reg  [63:0] issue_payload;
    reg  [15:0] issue_length;
    reg  emit_idle;
    reg  [15:0] cqe_cid;
    reg  [15:0] capsule_controller_cid;
    reg  [15:0] slot_controller_cid;
    reg  cqe_status_ok;
    
    // Sub module instances
    nic_core$connectors$connector_0$receiver receiver(
        .clock(receiver$clock),
        .reset(receiver$reset),
        .s_axis_tdata(receiver$s_axis_tdata),
        .s_axis_tkeep(receiver$s_axis_tkeep),
        .s_axis_tlast(receiver$s_axis_tlast),
        .s_axis_tvalid(receiver$s_axis_tvalid),
        .s_axis_tready(receiver$s_axis_tready),
        .s_axis_qp(receiver$s_axis_qp),
        .s_axis_message_end(receiver$s_axis_message_end),
        .busy(receiver$busy),
        .buffer_write_enable(receiver$buffer_write_enable),
        .buffer_write_address(receiver$buffer_write_address),
        .buffer_write_data(receiver$buffer_write_data),
        .capsule_valid(receiver$capsule_valid),
        .capsule_ready(receiver$capsule_ready),
        .capsule_qp(receiver$capsule_qp),
        .capsule_slot(receiver$capsule_slot),
        .capsule_cid(receiver$capsule_cid),
        .capsule_length(receiver$capsule_length),
        .capsule_admin_connect(receiver$capsule_admin_connect),
        .freed(receiver$freed),
        .probe_qp(receiver$probe_qp),
        .probe_taken(receiver$probe_taken),
        .slots_full(receiver$slots_full),
        .malformed_capsule(receiver$malformed_capsule),
        .capsule_too_long(receiver$capsule_too_long)
    );
    nic_core$connectors$connector_0$qp_table qp_table(
        .read_address(qp_table$read_address),
        .read_clock(qp_table$read_clock),
        .read_data(qp_table$read_data),
        .write_address(qp_table$write_address),
        .write_clock(qp_table$write_clock),
        .write_data(qp_table$write_data),
        .write_enable(qp_table$write_enable)
    );
    nic_core$connectors$connector_0$meta meta(
        .read_address(meta$read_address),
        .read_clock(meta$read_clock),
        .read_data(meta$read_data),
        .write_address(meta$write_address),
        .write_clock(meta$write_clock),
        .write_data(meta$write_data),
        .write_enable(meta$write_enable)
    );
    nic_core$connectors$connector_0$buffer buffer(
        .read_address(buffer$read_address),
        .read_clock(buffer$read_clock),
        .read_data(buffer$read_data),
        .write_address(buffer$write_address),
        .write_clock(buffer$write_clock),
        .write_data(buffer$write_data),
        .write_enable(buffer$write_enable)
    );
    nic_core$connectors$connector_0$busy busy(
        .d(busy$d),
        .q(busy$q),
        .clock(busy$clock)
    );
    nic_core$connectors$connector_0$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    nic_core$connectors$connector_0$resume resume(
        .d(resume$d),
        .q(resume$q),
        .clock(resume$clock)
    );
    nic_core$connectors$connector_0$qp qp(
        .d(qp$d),
        .q(qp$q),
        .clock(qp$clock)
    );
    nic_core$connectors$connector_0$slot slot(
        .d(slot$d),
        .q(slot$q),
        .clock(slot$clock)
    );
    nic_core$connectors$connector_0$entry entry(
        .d(entry$d),
        .q(entry$q),
        .clock(entry$clock)
    );
    nic_core$connectors$connector_0$cqe_low cqe_low(
        .d(cqe_low$d),
        .q(cqe_low$q),
        .clock(cqe_low$clock)
    );
    nic_core$connectors$connector_0$cqe_high cqe_high(
        .d(cqe_high$d),
        .q(cqe_high$q),
        .clock(cqe_high$clock)
    );
    nic_core$connectors$connector_0$mover mover(
        .clock(mover$clock),
        .reset(mover$reset),
        .start(mover$start),
        .start_src(mover$start_src),
        .start_length(mover$start_length),
        .busy(mover$busy),
        .src(mover$src),
        .from_a_tdata(mover$from_a_tdata),
        .from_a_tvalid(mover$from_a_tvalid),
        .from_a_tlast(mover$from_a_tlast),
        .from_b_tdata(mover$from_b_tdata),
        .from_b_tvalid(mover$from_b_tvalid),
        .from_b_tlast(mover$from_b_tlast),
        .take(mover$take),
        .available(mover$available),
        .payload_tdata(mover$payload_tdata),
        .payload_tlast(mover$payload_tlast),
        .payload_tvalid(mover$payload_tvalid),
        .payload_tready(mover$payload_tready),
        .skip(mover$skip),
        .write_truncated(mover$write_truncated)
    );
    nic_core$connectors$connector_0$work_kind work_kind(
        .d(work_kind$d),
        .q(work_kind$q),
        .clock(work_kind$clock)
    );
    nic_core$connectors$connector_0$work_length work_length(
        .d(work_length$d),
        .q(work_length$q),
        .clock(work_length$clock)
    );
    nic_core$connectors$connector_0$work_tag work_tag(
        .d(work_tag$d),
        .q(work_tag$q),
        .clock(work_tag$clock)
    );
    nic_core$connectors$connector_0$work_rkey work_rkey(
        .d(work_rkey$d),
        .q(work_rkey$q),
        .clock(work_rkey$clock)
    );
    nic_core$connectors$connector_0$work_caused work_caused(
        .d(work_caused$d),
        .q(work_caused$q),
        .clock(work_caused$clock)
    );
    nic_core$connectors$connector_0$sweeper sweeper(
        .clock(sweeper$clock),
        .reset(sweeper$reset),
        .start(sweeper$start),
        .start_kind(sweeper$start_kind),
        .start_controller(sweeper$start_controller),
        .active(sweeper$active),
        .link_waiting(sweeper$link_waiting),
        .available(sweeper$available),
        .busy(sweeper$busy),
        .table_data(sweeper$table_data),
        .slot_cid(sweeper$slot_cid),
        .slot_length(sweeper$slot_length),
        .emit_idle(sweeper$emit_idle),
        .qp(sweeper$qp),
        .slot_address(sweeper$slot_address),
        .table_write(sweeper$table_write),
        .table_entry(sweeper$table_entry),
        .issue(sweeper$issue),
        .issue_controller(sweeper$issue_controller),
        .issue_header(sweeper$issue_header),
        .issue_next(sweeper$issue_next),
        .issue_payload(sweeper$issue_payload),
        .issue_length(sweeper$issue_length),
        .path_error(sweeper$path_error),
        .path_error_high(sweeper$path_error_high),
        .busy_clear(sweeper$busy_clear),
        .command_replayed(sweeper$command_replayed),
        .paused(sweeper$paused),
        .done(sweeper$done)
    );
    nic_core$connectors$connector_0$sweep_paused sweep_paused(
        .d(sweep_paused$d),
        .q(sweep_paused$q),
        .clock(sweep_paused$clock)
    );
    nic_core$connectors$connector_0$serve_link serve_link(
        .d(serve_link$d),
        .q(serve_link$q),
        .clock(serve_link$clock)
    );
    nic_core$connectors$connector_0$fail_pending fail_pending(
        .d(fail_pending$d),
        .q(fail_pending$q),
        .clock(fail_pending$clock)
    );
    nic_core$connectors$connector_0$fence_pending fence_pending(
        .d(fence_pending$d),
        .q(fence_pending$q),
        .clock(fence_pending$clock)
    );
    nic_core$connectors$connector_0$readmit_pending readmit_pending(
        .d(readmit_pending$d),
        .q(readmit_pending$q),
        .clock(readmit_pending$clock)
    );
    nic_core$connectors$connector_0$failback_pending failback_pending(
        .d(failback_pending$d),
        .q(failback_pending$q),
        .clock(failback_pending$clock)
    );
    nic_core$connectors$connector_0$fence_sent fence_sent(
        .d(fence_sent$d),
        .q(fence_sent$q),
        .clock(fence_sent$clock)
    );
    nic_core$connectors$connector_0$capsule_blocked capsule_blocked(
        .d(capsule_blocked$d),
        .q(capsule_blocked$q),
        .clock(capsule_blocked$clock)
    );
    nic_core$connectors$connector_0$prefer_link prefer_link(
        .d(prefer_link$d),
        .q(prefer_link$q),
        .clock(prefer_link$clock)
    );
    nic_core$connectors$connector_0$clear_qp clear_qp(
        .d(clear_qp$d),
        .q(clear_qp$q),
        .clock(clear_qp$clock)
    );
    nic_core$connectors$connector_0$emitter emitter(
        .clock(emitter$clock),
        .reset(emitter$reset),
        .link_up(emitter$link_up),
        .fenced(emitter$fenced),
        .available(emitter$available),
        .issue(emitter$issue),
        .issue_controller(emitter$issue_controller),
        .issue_header(emitter$issue_header),
        .issue_next(emitter$issue_next),
        .issue_fence(emitter$issue_fence),
        .issue_payload(emitter$issue_payload),
        .issue_slot(emitter$issue_slot),
        .issue_length(emitter$issue_length),
        .idle(emitter$idle),
        .to_controller$tdata(links$to_controller$tdata),
        .to_controller$tlast(links$to_controller$tlast),
        .to_controller$tvalid(links$to_controller$tvalid),
        .to_controller$tready(links$to_controller$tready),
        .read$tdata(work$read$tdata),
        .read$tlast(work$read$tlast),
        .read$tvalid(work$read$tvalid),
        .read$tready(work$read$tready),
        .read$tag(work$read$tag),
        .read$length(work$read$length),
        .read$last(work$read$last),
        .buffer_address(emitter$buffer_address),
        .buffer_data(emitter$buffer_data),
        .read_table_address(emitter$read_table_address),
        .read_table_entry(emitter$read_table_entry),
        .read_live(emitter$read_live),
        .read_retire(emitter$read_retire),
        .read_data_unknown(emitter$read_data_unknown)
    );
    nic_core$connectors$connector_0$intake intake(
        .clock(intake$clock),
        .reset(intake$reset),
        .from_a$tdata(links$from_a$tdata),
        .from_a$tlast(links$from_a$tlast),
        .from_a$tvalid(links$from_a$tvalid),
        .from_a$tready(links$from_a$tready),
        .from_b$tdata(links$from_b$tdata),
        .from_b$tlast(links$from_b$tlast),
        .from_b$tvalid(links$from_b$tvalid),
        .from_b$tready(links$from_b$tready),
        .link_up(intake$link_up),
        .fenced(intake$fenced),
        .available(intake$available),
        .heard(intake$heard),
        .waiting(intake$waiting),
        .offered$from_b(intake$offered$from_b),
        .offered$kind(intake$offered$kind),
        .offered$fields(intake$offered$fields),
        .offered$last(intake$offered$last),
        .take_header(intake$take_header),
        .beat$src(intake$beat$src),
        .beat$data(intake$beat$data),
        .beat$last(intake$beat$last),
        .beat$valid(intake$beat$valid),
        .beat$lost(intake$beat$lost),
        .beat$take(intake$beat$take),
        .mover_busy(intake$mover_busy),
        .mover_src(intake$mover_src),
        .mover_take(intake$mover_take),
        .skip(intake$skip)
    );
    nic_core$connectors$connector_0$reader reader(
        .clock(reader$clock),
        .reset(reader$reset),
        .take_header(reader$take_header),
        .offered$from_b(reader$offered$from_b),
        .offered$kind(reader$offered$kind),
        .offered$fields(reader$offered$fields),
        .offered$last(reader$offered$last),
        .read_cqe(reader$read_cqe),
        .beat$src(reader$beat$src),
        .beat$data(reader$beat$data),
        .beat$last(reader$beat$last),
        .beat$valid(reader$beat$valid),
        .beat$lost(reader$beat$lost),
        .beat$take(reader$beat$take),
        .fenced(reader$fenced),
        .fence_sent(reader$fence_sent),
        .finished(reader$finished),
        .descriptor_read(reader$descriptor_read),
        .cqe_low_read(reader$cqe_low_read),
        .cqe_read(reader$cqe_read),
        .skip(reader$skip),
        .fence_acked(reader$fence_acked),
        .late_discarded(reader$late_discarded),
        .wqe_unknown_qp(reader$wqe_unknown_qp),
        .wqe_malformed(reader$wqe_malformed),
        .takeover_acked(reader$takeover_acked),
        .src(reader$src),
        .src_bit(reader$src_bit),
        .ended(reader$ended),
        .tag(reader$tag),
        .length(reader$length),
        .va(reader$va),
        .rkey(reader$rkey),
        .invalidate(reader$invalidate),
        .write_ok(reader$write_ok),
        .read_ok(reader$read_ok),
        .send_ok(reader$send_ok),
        .send_invalidate(reader$send_invalidate)
    );
    nic_core$connectors$connector_0$read_table read_table(
        .clock(read_table$clock),
        .reset(read_table$reset),
        .has_free(read_table$has_free),
        .next_tag(read_table$next_tag),
        .allocate(read_table$allocate),
        .controller(read_table$controller),
        .tag(read_table$tag),
        .forget(read_table$forget),
        .lookup_index(read_table$lookup_index),
        .lookup_entry(read_table$lookup_entry),
        .live(read_table$live),
        .retire(read_table$retire)
    );
    nic_core$connectors$connector_0$count count(
        .clock(count$clock),
        .reset(count$reset),
        .command_forwarded(count$command_forwarded),
        .completion_delivered(count$completion_delivered),
        .unknown_qp(count$unknown_qp),
        .slots_full(count$slots_full),
        .malformed_capsule(count$malformed_capsule),
        .capsule_too_long(count$capsule_too_long),
        .wqe_unknown_qp(count$wqe_unknown_qp),
        .wqe_malformed(count$wqe_malformed),
        .cqe_unknown_cid(count$cqe_unknown_cid),
        .read_data_unknown(count$read_data_unknown),
        .wrong_link(count$wrong_link),
        .command_replayed(count$command_replayed),
        .late_discarded(count$late_discarded),
        .takeover_acked(count$takeover_acked),
        .path_error_sent(count$path_error_sent),
        .write_truncated(count$write_truncated),
        .counters$commands_forwarded(counters$commands_forwarded),
        .counters$completions_delivered(counters$completions_delivered),
        .counters$unknown_qp(counters$unknown_qp),
        .counters$slots_full(counters$slots_full),
        .counters$malformed_capsule(counters$malformed_capsule),
        .counters$capsule_too_long(counters$capsule_too_long),
        .counters$wqe_unknown_qp(counters$wqe_unknown_qp),
        .counters$wqe_malformed(counters$wqe_malformed),
        .counters$cqe_unknown_cid(counters$cqe_unknown_cid),
        .counters$read_data_unknown(counters$read_data_unknown),
        .counters$wrong_link(counters$wrong_link),
        .counters$commands_replayed(counters$commands_replayed),
        .counters$late_discarded(counters$late_discarded),
        .counters$takeovers_acked(counters$takeovers_acked),
        .counters$path_errors_sent(counters$path_errors_sent),
        .counters$writes_truncated(counters$writes_truncated)
    );
    
    // Update code
    always @(*) begin
        busy$clock = clock;
        step$clock = clock;
        resume$clock = clock;
        qp$clock = clock;
        slot$clock = clock;
        entry$clock = clock;
        cqe_low$clock = clock;
        cqe_high$clock = clock;
        work_kind$clock = clock;
        work_length$clock = clock;
        work_tag$clock = clock;
        work_rkey$clock = clock;
        work_caused$clock = clock;
        sweep_paused$clock = clock;
        serve_link$clock = clock;
        fail_pending$clock = clock;
        fence_pending$clock = clock;
        readmit_pending$clock = clock;
        failback_pending$clock = clock;
        fence_sent$clock = clock;
        capsule_blocked$clock = clock;
        prefer_link$clock = clock;
        clear_qp$clock = clock;
        busy$d = busy$q;
        step$d = step$q;
        resume$d = resume$q;
        qp$d = qp$q;
        slot$d = slot$q;
        entry$d = entry$q;
        cqe_low$d = cqe_low$q;
        cqe_high$d = cqe_high$q;
        work_kind$d = work_kind$q;
        work_length$d = work_length$q;
        work_tag$d = work_tag$q;
        work_rkey$d = work_rkey$q;
        work_caused$d = work_caused$q;
        sweep_paused$d = sweep_paused$q;
        serve_link$d = serve_link$q;
        fail_pending$d = fail_pending$q;
        fence_pending$d = fence_pending$q;
        readmit_pending$d = readmit_pending$q;
        failback_pending$d = failback_pending$q;
        fence_sent$d = fence_sent$q;
        capsule_blocked$d = capsule_blocked$q;
        prefer_link$d = prefer_link$q;
        clear_qp$d = clear_qp$q;
        receiver$clock = clock;
        receiver$reset = reset;
        receiver$s_axis_tdata = s_axis_tdata;
        receiver$s_axis_tkeep = s_axis_tkeep;
        receiver$s_axis_tlast = s_axis_tlast;
        receiver$s_axis_tvalid = s_axis_tvalid;
        receiver$s_axis_qp = s_axis_qp;
        receiver$s_axis_message_end = s_axis_message_end;
        s_axis_tready = receiver$s_axis_tready;
        receiver$busy = busy$q;
        receiver$probe_qp = probe_qp;
        receiver$freed = zero_slots;
        probe_taken = receiver$probe_taken;
        receiver$capsule_ready = 1'b0;
        qp_table$read_clock = clock;
        qp_table$write_clock = clock;
        meta$read_clock = clock;
        meta$write_clock = clock;
        buffer$read_clock = clock;
        buffer$write_clock = clock;
        buffer$write_enable = receiver$buffer_write_enable;
        buffer$write_address = receiver$buffer_write_address;
        buffer$write_data = receiver$buffer_write_data;
        slot_address = (((qp$q) & 9'h1ff) << slot_shift) | ((slot$q) & 9'h1ff);
        slot_bit = one_slots << ((slot_address) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        slot_busy = |(busy$q & slot_bit);
        qp_slots = slot_mask_wide << (((cfg_qp) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << slot_shift_wide);
        qp_table$read_address = qp$q;
        qp_table$write_enable = 1'b0;
        qp_table$write_address = qp$q;
        table_entry = entry$q;
        meta$read_address = slot_address;
        meta$write_enable = 1'b0;
        meta$write_address = slot_address;
        meta$write_data[(64'h0)+:(16)] = receiver$capsule_cid;
        meta$write_data[(64'h10)+:(16)] = receiver$capsule_length;
        meta$write_data[(64'h20)+:(1)] = receiver$capsule_admin_connect;
        busy_set = zero_slots;
        busy_clear = zero_slots;
        cqe_cid = cqe_high$q[(32'h20)+:(16)];
        capsule_controller_cid = (receiver$capsule_cid & cid_above_slot) | ((receiver$capsule_slot) & 16'hffff);
        slot_controller_cid = (meta$read_data[(64'h0)+:(16)] & cid_above_slot) | ((slot$q) & 16'hffff);
        cqe_status_ok = (cqe_high$q[(32'h30)+:(16)] & status_mask) == zero_16;
        finish = 1'b0;
        read_cqe = 1'b0;
        sweeper$start = 1'b0;
        sweeper$start_kind = SweepKind$Fail;
        skip_set = zero_2;
        capsule_ok = receiver$capsule_valid & ~capsule_blocked$q;
        pick_link = intake$waiting & (~capsule_ok | prefer_link$q);
        take_header = 1'b0;
        fail_pending$d = fail_pending$q | fail_start;
        fence_pending$d = fence_pending$q | fence_request;
        readmit_pending$d = readmit_pending$q | readmit;
        failback_pending$d = failback_pending$q | failback;
        pending_bit = bit_b;
        if (fail_pending$q[32'h0]) begin
            pending_bit = bit_a;
        end
        if (~|fail_pending$q & fence_pending$q[32'h0]) begin
            pending_bit = bit_a;
        end
        if (~|fail_pending$q & ~|fence_pending$q & readmit_pending$q[32'h0]) begin
            pending_bit = bit_a;
        end
        sweeper$start_controller = pending_bit[32'h1];
        read_table$allocate = 1'b0;
        read_table$forget = 1'b0;
        read_table$controller = reader$src;
        read_table$tag = reader$tag;
        emit_idle = emitter$idle;
        issue = 1'b0;
        issue_controller = entry$q[(64'h1)+:(1)];
        issue_header = type_command | (((qp$q) & 64'hffffffffffffffff) << shift_16) | (((receiver$capsule_length) & 64'hffffffffffffffff) << shift_32) | (((capsule_controller_cid) & 64'hffffffffffffffff) << shift_48);
        issue_next = EmitStep$Slot;
        issue_fence = 1'b0;
        issue_payload = ((entry$q[(64'h5)+:(16)]) & 64'hffffffffffffffff) | (((entry$q[(64'h15)+:(7)]) & 64'hffffffffffffffff) << shift_16) | (((entry$q[(64'h2c)+:(8)]) & 64'hffffffffffffffff) << shift_32);
        issue_length = receiver$capsule_length;
        work$valid = 1'b0;
        mover_start = 1'b0;
        work$qp = qp$q;
        work$kind = work_kind$q;
        work$length = work_length$q;
        work$va = reader$va;
        work$rkey = work_rkey$q;
        work$tag = work_tag$q;
        work$payload$tdata = cqe_low$q;
        work$payload$tlast = 1'b0;
        work$payload$tvalid = 1'b0;
        cfg_ready = (step$q == EngineStep$Idle) & ~sweep_paused$q;
        fence_acked = reader$fence_acked;
        work_from = zero_2;
        count$command_forwarded = 1'b0;
        count$completion_delivered = 1'b0;
        count$unknown_qp = 1'b0;
        count$wqe_unknown_qp = reader$wqe_unknown_qp;
        count$wqe_malformed = reader$wqe_malformed;
        count$cqe_unknown_cid = 1'b0;
        count$wrong_link = 1'b0;
        count$command_replayed = sweeper$command_replayed;
        count$late_discarded = reader$late_discarded;
        count$takeover_acked = reader$takeover_acked;
        count$path_error_sent = 1'b0;
        case (step$q)
            EngineStep$Clear:
                begin
                    qp_table$write_enable = 1'b1;
                    qp_table$write_address = clear_qp$q;
                    clear_qp$d = clear_qp$q + one_qp;
                    if (clear_qp$q == last_qp) begin
                        step$d = EngineStep$Idle;
                    end
                end
            EngineStep$Idle:
                begin
                    if (sweep_paused$q) begin
                        serve_link$d = 1'b0;
                        if (serve_link$q & intake$waiting) begin
                            take_header = 1'b1;
                        end
                        else begin
                            sweep_paused$d = 1'b0;
                            step$d = EngineStep$Sweeping;
                        end
                    end
                    else if (cfg_valid) begin
                        qp_table$write_enable = 1'b1;
                        qp_table$write_address = cfg_qp;
                        busy_clear = qp_slots;
                        receiver$freed = qp_slots;
                    end
                    else if (|fail_pending$q) begin
                        fail_pending$d = (fail_pending$q & ~pending_bit) | fail_start;
                        sweeper$start = 1'b1;
                        read_table$forget = 1'b1;
                        read_table$controller = pending_bit[32'h1];
                        fence_sent$d = fence_sent$q & ~pending_bit;
                        step$d = EngineStep$Sweeping;
                    end
                    else if (|fence_pending$q & emit_idle) begin
                        fence_pending$d = (fence_pending$q & ~pending_bit) | fence_request;
                        fence_sent$d = fence_sent$q | pending_bit;
                        issue = 1'b1;
                        issue_controller = pending_bit[32'h1];
                        issue_header = type_fence;
                        issue_next = EmitStep$Idle;
                        issue_fence = 1'b1;
                    end
                    else if (|readmit_pending$q & ~|fence_pending$q) begin
                        readmit_pending$d = (readmit_pending$q & ~pending_bit) | readmit;
                        sweeper$start = 1'b1;
                        sweeper$start_kind = SweepKind$Readmit;
                        step$d = EngineStep$Sweeping;
                    end
                    else if (failback_pending$q & ~|fence_pending$q & ~|readmit_pending$q) begin
                        failback_pending$d = failback;
                        sweeper$start = 1'b1;
                        sweeper$start_kind = SweepKind$Failback;
                        step$d = EngineStep$Sweeping;
                    end
                    else if (pick_link) begin
                        take_header = 1'b1;
                    end
                    else if (capsule_ok) begin
                        qp$d = receiver$capsule_qp;
                        slot$d = receiver$capsule_slot;
                        prefer_link$d = 1'b1;
                        step$d = EngineStep$CapsuleLoad;
                    end
                end
            EngineStep$CapsuleLoad:
                begin
                    step$d = EngineStep$CapsuleDecide;
                end
            EngineStep$CapsuleDecide:
                begin
                    table_entry = qp_table$read_data;
                    entry$d = qp_table$read_data;
                    if (~qp_table$read_data[(64'h0)+:(1)]) begin
                        count$unknown_qp = 1'b1;
                        receiver$capsule_ready = 1'b1;
                        step$d = EngineStep$Idle;
                    end
                    else if (qp_table$read_data[(64'h4)+:(1)]) begin
                        capsule_blocked$d = 1'b1;
                        step$d = EngineStep$Idle;
                    end
                    else if (qp_table$read_data[(64'h3)+:(1)]) begin
                        table_entry[(64'h15)+:(7)] = qp_table$read_data[(64'h15)+:(7)] + one_sq;
                        qp_table$write_enable = 1'b1;
                        count$path_error_sent = 1'b1;
                        receiver$capsule_ready = 1'b1;
                        cqe_low$d = zero_64;
                        cqe_high$d = ((table_entry[(64'h15)+:(7)]) & 64'hffffffffffffffff) | (((receiver$capsule_cid) & 64'hffffffffffffffff) << shift_32) | path_error_status;
                        work_kind$d = kind_send;
                        work_length$d = cqe_bytes;
                        work_rkey$d = zero_32;
                        work_caused$d = 1'b0;
                        resume$d = EngineStep$Idle;
                        step$d = EngineStep$WrIssue;
                    end
                    else if (emit_idle) begin
                        busy_set = slot_bit;
                        meta$write_enable = 1'b1;
                        table_entry[(64'h15)+:(7)] = qp_table$read_data[(64'h15)+:(7)] + one_sq;
                        table_entry[(64'h2c)+:(8)] = qp_table$read_data[(64'h2c)+:(8)] + one_8;
                        table_entry[(64'h34)+:(16)] = qp_table$read_data[(64'h34)+:(16)] + one_16;
                        qp_table$write_enable = 1'b1;
                        issue = 1'b1;
                        issue_controller = qp_table$read_data[(64'h1)+:(1)];
                        count$command_forwarded = 1'b1;
                        receiver$capsule_ready = 1'b1;
                        step$d = EngineStep$Idle;
                    end
                end
            EngineStep$Reading:
                begin
                    if (reader$finished) begin
                        step$d = EngineStep$Idle;
                    end
                    fence_sent$d = fence_sent$q & ~reader$fence_acked;
                    if (reader$descriptor_read) begin
                        step$d = EngineStep$WqeDecide;
                    end
                    if (reader$cqe_low_read) begin
                        cqe_low$d = intake$beat$data;
                    end
                    if (reader$cqe_read) begin
                        cqe_high$d = intake$beat$data;
                        slot$d = intake$beat$data[(32'h20)+:(5)];
                        step$d = EngineStep$CqeLoad;
                    end
                end
            EngineStep$WqeDecide:
                begin
                    entry$d = qp_table$read_data;
                    if (intake$beat$lost) begin
                        count$late_discarded = 1'b1;
                        finish = 1'b1;
                    end
                    else if (~qp_table$read_data[(64'h0)+:(1)]) begin
                        count$wqe_unknown_qp = 1'b1;
                        finish = 1'b1;
                    end
                    else if ((qp_table$read_data[(64'h1)+:(1)] != reader$src) | qp_table$read_data[(64'h3)+:(1)]) begin
                        count$wrong_link = 1'b1;
                        finish = 1'b1;
                    end
                    else if (reader$write_ok) begin
                        work_kind$d = kind_write;
                        work_length$d = reader$length;
                        work_rkey$d = reader$rkey;
                        work_tag$d = zero_8;
                        work_caused$d = 1'b1;
                        resume$d = EngineStep$Idle;
                        step$d = EngineStep$WrIssue;
                    end
                    else if (reader$read_ok) begin
                        if (read_table$has_free) begin
                            read_table$allocate = 1'b1;
                            work_kind$d = kind_read;
                            work_length$d = reader$length;
                            work_rkey$d = reader$rkey;
                            work_tag$d = read_table$next_tag;
                            work_caused$d = 1'b1;
                            resume$d = EngineStep$Idle;
                            step$d = EngineStep$WrIssue;
                        end
                    end
                    else if (reader$send_ok) begin
                        read_cqe = 1'b1;
                        step$d = EngineStep$Reading;
                    end
                    else begin
                        count$wqe_malformed = 1'b1;
                        finish = 1'b1;
                    end
                end
            EngineStep$CqeLoad:
                begin
                    step$d = EngineStep$CqeDecide;
                end
            EngineStep$CqeDecide:
                begin
                    step$d = EngineStep$Idle;
                    if (intake$beat$lost) begin
                        count$late_discarded = 1'b1;
                    end
                    else if (slot_busy & (slot_controller_cid == cqe_cid)) begin
                        cqe_high$d = (cqe_high$q & ~cqe_cid_field) | (((meta$read_data[(64'h0)+:(16)]) & 64'hffffffffffffffff) << shift_32);
                        busy_clear = slot_bit;
                        table_entry[(64'h2c)+:(8)] = entry$q[(64'h2c)+:(8)] - one_8;
                        table_entry[(64'h1c)+:(16)] = cqe_high$q[(32'h0)+:(16)];
                        table_entry[(64'h44)+:(16)] = entry$q[(64'h44)+:(16)] + one_16;
                        if (meta$read_data[(64'h20)+:(1)] & cqe_status_ok) begin
                            table_entry[(64'h5)+:(16)] = cqe_low$q[(32'h0)+:(16)];
                        end
                        qp_table$write_enable = 1'b1;
                        entry$d = table_entry;
                        count$completion_delivered = 1'b1;
                        capsule_blocked$d = 1'b0;
                        work_kind$d = kind_send;
                        if (reader$send_invalidate) begin
                            work_kind$d = kind_send_invalidate;
                        end
                        work_length$d = cqe_bytes;
                        work_rkey$d = reader$invalidate;
                        work_caused$d = 1'b1;
                        resume$d = EngineStep$DrainCheck;
                        step$d = EngineStep$WrIssue;
                    end
                    else begin
                        count$cqe_unknown_cid = 1'b1;
                    end
                    if (~reader$ended) begin
                        skip_set = reader$src_bit;
                    end
                end
            EngineStep$WrIssue:
                begin
                    work$valid = ~mover$busy;
                    if (work$ready & ~mover$busy) begin
                        if (work_caused$q) begin
                            work_from = reader$src_bit;
                        end
                        if (work_kind$q == kind_write) begin
                            mover_start = 1'b1;
                            step$d = resume$q;
                        end
                        else if (work_kind$q == kind_read) begin
                            step$d = resume$q;
                        end
                        else begin
                            step$d = EngineStep$CqeOut0;
                        end
                    end
                end
            EngineStep$CqeOut0:
                begin
                    work$payload$tdata = cqe_low$q;
                    work$payload$tvalid = 1'b1;
                    if (work$payload$tready) begin
                        step$d = EngineStep$CqeOut1;
                    end
                end
            EngineStep$CqeOut1:
                begin
                    work$payload$tdata = cqe_high$q;
                    work$payload$tvalid = 1'b1;
                    work$payload$tlast = 1'b1;
                    if (work$payload$tready) begin
                        step$d = resume$q;
                    end
                end
            EngineStep$DrainCheck:
                begin
                    step$d = EngineStep$Idle;
                    if (entry$q[(64'h4)+:(1)] & (entry$q[(64'h2c)+:(8)] == zero_8)) begin
                        step$d = EngineStep$DrainTakeover;
                    end
                end
            EngineStep$DrainTakeover:
                begin
                    if (emit_idle) begin
                        table_entry[(64'h1)+:(1)] = entry$q[(64'h2)+:(1)];
                        table_entry[(64'h4)+:(1)] = 1'b0;
                        qp_table$write_enable = 1'b1;
                        issue = 1'b1;
                        issue_controller = entry$q[(64'h2)+:(1)];
                        issue_header = type_takeover | (((qp$q) & 64'hffffffffffffffff) << shift_16);
                        issue_next = EmitStep$Payload;
                        step$d = EngineStep$Idle;
                    end
                end
            EngineStep$Sweeping:
                begin
                    busy_clear = sweeper$busy_clear;
                    if (sweeper$path_error) begin
                        count$path_error_sent = 1'b1;
                        qp$d = sweeper$qp;
                        cqe_low$d = zero_64;
                        cqe_high$d = sweeper$path_error_high;
                        work_kind$d = kind_send;
                        work_length$d = cqe_bytes;
                        work_rkey$d = zero_32;
                        work_caused$d = 1'b0;
                        resume$d = EngineStep$Sweeping;
                        step$d = EngineStep$WrIssue;
                    end
                    if (sweeper$paused) begin
                        sweep_paused$d = 1'b1;
                        serve_link$d = 1'b1;
                        step$d = EngineStep$Idle;
                    end
                    if (sweeper$done) begin
                        capsule_blocked$d = 1'b0;
                        step$d = EngineStep$Idle;
                    end
                end
            default:
                begin
                    step$d = EngineStep$Clear;
                end
        endcase
        if (take_header) begin
            qp$d = intake$offered$fields[(32'h0)+:(4)];
            prefer_link$d = 1'b0;
            step$d = EngineStep$Reading;
        end
        if (finish) begin
            step$d = EngineStep$Idle;
            if (~reader$ended) begin
                skip_set = reader$src_bit;
            end
        end
        qp_table$write_data = table_entry;
        if (step$q == EngineStep$Clear) begin
            qp_table$write_data = cleared_entry;
        end
        if ((step$q == EngineStep$Idle) & cfg_valid) begin
            qp_table$write_data = cleared_entry;
            qp_table$write_data[(64'h0)+:(1)] = cfg_enable;
            qp_table$write_data[(64'h1)+:(1)] = cfg_controller;
            qp_table$write_data[(64'h2)+:(1)] = cfg_controller;
        end
        busy$d = (busy$q | busy_set) & ~busy_clear;
        mover$clock = clock;
        mover$reset = reset;
        mover$start = mover_start;
        mover$start_src = reader$src;
        mover$start_length = work_length$q;
        mover$from_a_tdata = links$from_a$tdata;
        mover$from_a_tvalid = links$from_a$tvalid;
        mover$from_a_tlast = links$from_a$tlast;
        mover$from_b_tdata = links$from_b$tdata;
        mover$from_b_tvalid = links$from_b$tvalid;
        mover$from_b_tlast = links$from_b$tlast;
        mover$available = available;
        mover$payload_tready = work$payload$tready;
        if (mover$busy) begin
            work$payload$tdata = mover$payload_tdata;
            work$payload$tlast = mover$payload_tlast;
            work$payload$tvalid = mover$payload_tvalid;
        end
        intake$clock = clock;
        intake$reset = reset;
        intake$link_up = link_up;
        intake$fenced = fenced;
        intake$available = available;
        heard = intake$heard;
        intake$take_header = take_header;
        intake$mover_busy = mover$busy;
        intake$mover_src = mover$src;
        intake$mover_take = mover$take;
        intake$skip = skip_set | mover$skip | reader$skip;
        reader$clock = clock;
        reader$reset = reset;
        reader$take_header = take_header;
        reader$read_cqe = read_cqe;
        reader$fenced = fenced;
        reader$fence_sent = fence_sent$q;
        emitter$clock = clock;
        emitter$reset = reset;
        emitter$link_up = link_up;
        emitter$fenced = fenced;
        emitter$available = available;
        emitter$issue = issue;
        emitter$issue_controller = issue_controller;
        emitter$issue_header = issue_header;
        emitter$issue_next = issue_next;
        emitter$issue_fence = issue_fence;
        emitter$issue_payload = issue_payload;
        emitter$issue_slot = slot_address;
        emitter$issue_length = issue_length;
        buffer$read_address = emitter$buffer_address;
        emitter$buffer_data = buffer$read_data;
        sweeper$clock = clock;
        sweeper$reset = reset;
        sweeper$active = step$q == EngineStep$Sweeping;
        sweeper$link_waiting = intake$waiting;
        sweeper$available = available;
        sweeper$busy = busy$q;
        sweeper$table_data = qp_table$read_data;
        sweeper$slot_cid = meta$read_data[(64'h0)+:(16)];
        sweeper$slot_length = meta$read_data[(64'h10)+:(16)];
        sweeper$emit_idle = emitter$idle;
        if (step$q == EngineStep$Sweeping) begin
            qp_table$read_address = sweeper$qp;
            qp_table$write_enable = sweeper$table_write;
            qp_table$write_address = sweeper$qp;
            qp_table$write_data = sweeper$table_entry;
            meta$read_address = sweeper$slot_address;
            emitter$issue = sweeper$issue;
            emitter$issue_controller = sweeper$issue_controller;
            emitter$issue_header = sweeper$issue_header;
            emitter$issue_next = sweeper$issue_next;
            emitter$issue_fence = 1'b0;
            emitter$issue_payload = sweeper$issue_payload;
            emitter$issue_slot = sweeper$slot_address;
            emitter$issue_length = sweeper$issue_length;
        end
        read_table$clock = clock;
        read_table$reset = reset;
        read_table$lookup_index = emitter$read_table_address;
        emitter$read_table_entry = read_table$lookup_entry;
        emitter$read_live = read_table$live;
        read_table$retire = emitter$read_retire;
        count$clock = clock;
        count$reset = reset;
        count$slots_full = receiver$slots_full;
        count$malformed_capsule = receiver$malformed_capsule;
        count$capsule_too_long = receiver$capsule_too_long;
        count$read_data_unknown = emitter$read_data_unknown;
        count$write_truncated = mover$write_truncated;
        if (reset) begin
            step$d = EngineStep$Clear;
            clear_qp$d = zero_qp;
            busy$d = zero_slots;
            fail_pending$d = zero_2;
            fence_pending$d = zero_2;
            readmit_pending$d = zero_2;
            failback_pending$d = 1'b0;
            fence_sent$d = zero_2;
            capsule_blocked$d = 1'b0;
            sweep_paused$d = 1'b0;
            serve_link$d = 1'b0;
        end
    end
    
    always @(*) reader$offered$from_b = intake$offered$from_b;
    always @(*) reader$offered$kind = intake$offered$kind;
    always @(*) reader$offered$fields = intake$offered$fields;
    always @(*) reader$offered$last = intake$offered$last;
    always @(*) intake$beat$src = reader$beat$src;
    always @(*) reader$beat$data = intake$beat$data;
    always @(*) reader$beat$last = intake$beat$last;
    always @(*) reader$beat$valid = intake$beat$valid;
    always @(*) reader$beat$lost = intake$beat$lost;
    always @(*) intake$beat$take = reader$beat$take;
endmodule // nic_core$connectors$connector_0


module nic_core$connectors$connector_0$buffer(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [16:0] read_address;
    input wire  read_clock;
    output reg  [63:0] read_data;
    input wire  [16:0] write_address;
    input wire  write_clock;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[63:0] mem[131071:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$connectors$connector_0$buffer


module nic_core$connectors$connector_0$busy(d,q,clock);
    
    // Module arguments
    input wire  [511:0] d;
    output reg  [511:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 512'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$busy


module nic_core$connectors$connector_0$capsule_blocked(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$capsule_blocked


module nic_core$connectors$connector_0$clear_qp(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$clear_qp


module nic_core$connectors$connector_0$count(clock,reset,command_forwarded,completion_delivered,unknown_qp,slots_full,malformed_capsule,capsule_too_long,wqe_unknown_qp,wqe_malformed,cqe_unknown_cid,read_data_unknown,wrong_link,command_replayed,late_discarded,takeover_acked,path_error_sent,write_truncated,counters$commands_forwarded,counters$completions_delivered,counters$unknown_qp,counters$slots_full,counters$malformed_capsule,counters$capsule_too_long,counters$wqe_unknown_qp,counters$wqe_malformed,counters$cqe_unknown_cid,counters$read_data_unknown,counters$wrong_link,counters$commands_replayed,counters$late_discarded,counters$takeovers_acked,counters$path_errors_sent,counters$writes_truncated);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  command_forwarded;
    input wire  completion_delivered;
    input wire  unknown_qp;
    input wire  slots_full;
    input wire  malformed_capsule;
    input wire  capsule_too_long;
    input wire  wqe_unknown_qp;
    input wire  wqe_malformed;
    input wire  cqe_unknown_cid;
    input wire  read_data_unknown;
    input wire  wrong_link;
    input wire  command_replayed;
    input wire  late_discarded;
    input wire  takeover_acked;
    input wire  path_error_sent;
    input wire  write_truncated;
    output reg  [31:0] counters$commands_forwarded;
    output reg  [31:0] counters$completions_delivered;
    output reg  [31:0] counters$unknown_qp;
    output reg  [31:0] counters$slots_full;
    output reg  [31:0] counters$malformed_capsule;
    output reg  [31:0] counters$capsule_too_long;
    output reg  [31:0] counters$wqe_unknown_qp;
    output reg  [31:0] counters$wqe_malformed;
    output reg  [31:0] counters$cqe_unknown_cid;
    output reg  [31:0] counters$read_data_unknown;
    output reg  [31:0] counters$wrong_link;
    output reg  [31:0] counters$commands_replayed;
    output reg  [31:0] counters$late_discarded;
    output reg  [31:0] counters$takeovers_acked;
    output reg  [31:0] counters$path_errors_sent;
    output reg  [31:0] counters$writes_truncated;
    
    // Constant declarations
    localparam  one = 32'h1;
    localparam  zero = 32'h0;
    
    // Stub signals
    reg  [31:0] count_commands_forwarded$d;
    wire  [31:0] count_commands_forwarded$q;
    reg  count_commands_forwarded$clock;
    reg  [31:0] count_completions_delivered$d;
    wire  [31:0] count_completions_delivered$q;
    reg  count_completions_delivered$clock;
    reg  [31:0] count_unknown_qp$d;
    wire  [31:0] count_unknown_qp$q;
    reg  count_unknown_qp$clock;
    reg  [31:0] count_slots_full$d;
    wire  [31:0] count_slots_full$q;
    reg  count_slots_full$clock;
    reg  [31:0] count_malformed_capsule$d;
    wire  [31:0] count_malformed_capsule$q;
    reg  count_malformed_capsule$clock;
    reg  [31:0] count_capsule_too_long$d;
    wire  [31:0] count_capsule_too_long$q;
    reg  count_capsule_too_long$clock;
    reg  [31:0] count_wqe_unknown_qp$d;
    wire  [31:0] count_wqe_unknown_qp$q;
    reg  count_wqe_unknown_qp$clock;
    reg  [31:0] count_wqe_malformed$d;
    wire  [31:0] count_wqe_malformed$q;
    reg  count_wqe_malformed$clock;
    reg  [31:0] count_cqe_unknown_cid$d;
    wire  [31:0] count_cqe_unknown_cid$q;
    reg  count_cqe_unknown_cid$clock;
    reg  [31:0] count_read_data_unknown$d;
    wire  [31:0] count_read_data_unknown$q;
    reg  count_read_data_unknown$clock;
    reg  [31:0] count_wrong_link$d;
    wire  [31:0] count_wrong_link$q;
    reg  count_wrong_link$clock;
    reg  [31:0] count_commands_replayed$d;
    wire  [31:0] count_commands_replayed$q;
    reg  count_commands_replayed$clock;
    reg  [31:0] count_late_discarded$d;
    wire  [31:0] count_late_discarded$q;
    reg  count_late_discarded$clock;
    reg  [31:0] count_takeovers_acked$d;
    wire  [31:0] count_takeovers_acked$q;
    reg  count_takeovers_acked$clock;
    reg  [31:0] count_path_errors_sent$d;
    wire  [31:0] count_path_errors_sent$q;
    reg  count_path_errors_sent$clock;
    reg  [31:0] count_writes_truncated$d;
    wire  [31:0] count_writes_truncated$q;
    reg  count_writes_truncated$clock;
    
    // Sub module instances
    nic_core$connectors$connector_0$count$count_commands_forwarded count_commands_forwarded(
        .d(count_commands_forwarded$d),
        .q(count_commands_forwarded$q),
        .clock(count_commands_forwarded$clock)
    );
    nic_core$connectors$connector_0$count$count_completions_delivered count_completions_delivered(
        .d(count_completions_delivered$d),
        .q(count_completions_delivered$q),
        .clock(count_completions_delivered$clock)
    );
    nic_core$connectors$connector_0$count$count_unknown_qp count_unknown_qp(
        .d(count_unknown_qp$d),
        .q(count_unknown_qp$q),
        .clock(count_unknown_qp$clock)
    );
    nic_core$connectors$connector_0$count$count_slots_full count_slots_full(
        .d(count_slots_full$d),
        .q(count_slots_full$q),
        .clock(count_slots_full$clock)
    );
    nic_core$connectors$connector_0$count$count_malformed_capsule count_malformed_capsule(
        .d(count_malformed_capsule$d),
        .q(count_malformed_capsule$q),
        .clock(count_malformed_capsule$clock)
    );
    nic_core$connectors$connector_0$count$count_capsule_too_long count_capsule_too_long(
        .d(count_capsule_too_long$d),
        .q(count_capsule_too_long$q),
        .clock(count_capsule_too_long$clock)
    );
    nic_core$connectors$connector_0$count$count_wqe_unknown_qp count_wqe_unknown_qp(
        .d(count_wqe_unknown_qp$d),
        .q(count_wqe_unknown_qp$q),
        .clock(count_wqe_unknown_qp$clock)
    );
    nic_core$connectors$connector_0$count$count_wqe_malformed count_wqe_malformed(
        .d(count_wqe_malformed$d),
        .q(count_wqe_malformed$q),
        .clock(count_wqe_malformed$clock)
    );
    nic_core$connectors$connector_0$count$count_cqe_unknown_cid count_cqe_unknown_cid(
        .d(count_cqe_unknown_cid$d),
        .q(count_cqe_unknown_cid$q),
        .clock(count_cqe_unknown_cid$clock)
    );
    nic_core$connectors$connector_0$count$count_read_data_unknown count_read_data_unknown(
        .d(count_read_data_unknown$d),
        .q(count_read_data_unknown$q),
        .clock(count_read_data_unknown$clock)
    );
    nic_core$connectors$connector_0$count$count_wrong_link count_wrong_link(
        .d(count_wrong_link$d),
        .q(count_wrong_link$q),
        .clock(count_wrong_link$clock)
    );
    nic_core$connectors$connector_0$count$count_commands_replayed count_commands_replayed(
        .d(count_commands_replayed$d),
        .q(count_commands_replayed$q),
        .clock(count_commands_replayed$clock)
    );
    nic_core$connectors$connector_0$count$count_late_discarded count_late_discarded(
        .d(count_late_discarded$d),
        .q(count_late_discarded$q),
        .clock(count_late_discarded$clock)
    );
    nic_core$connectors$connector_0$count$count_takeovers_acked count_takeovers_acked(
        .d(count_takeovers_acked$d),
        .q(count_takeovers_acked$q),
        .clock(count_takeovers_acked$clock)
    );
    nic_core$connectors$connector_0$count$count_path_errors_sent count_path_errors_sent(
        .d(count_path_errors_sent$d),
        .q(count_path_errors_sent$q),
        .clock(count_path_errors_sent$clock)
    );
    nic_core$connectors$connector_0$count$count_writes_truncated count_writes_truncated(
        .d(count_writes_truncated$d),
        .q(count_writes_truncated$q),
        .clock(count_writes_truncated$clock)
    );
    
    // Update code
    always @(*) begin
        count_commands_forwarded$clock = clock;
        count_completions_delivered$clock = clock;
        count_unknown_qp$clock = clock;
        count_slots_full$clock = clock;
        count_malformed_capsule$clock = clock;
        count_capsule_too_long$clock = clock;
        count_wqe_unknown_qp$clock = clock;
        count_wqe_malformed$clock = clock;
        count_cqe_unknown_cid$clock = clock;
        count_read_data_unknown$clock = clock;
        count_wrong_link$clock = clock;
        count_commands_replayed$clock = clock;
        count_late_discarded$clock = clock;
        count_takeovers_acked$clock = clock;
        count_path_errors_sent$clock = clock;
        count_writes_truncated$clock = clock;
        count_commands_forwarded$d = count_commands_forwarded$q;
        count_completions_delivered$d = count_completions_delivered$q;
        count_unknown_qp$d = count_unknown_qp$q;
        count_slots_full$d = count_slots_full$q;
        count_malformed_capsule$d = count_malformed_capsule$q;
        count_capsule_too_long$d = count_capsule_too_long$q;
        count_wqe_unknown_qp$d = count_wqe_unknown_qp$q;
        count_wqe_malformed$d = count_wqe_malformed$q;
        count_cqe_unknown_cid$d = count_cqe_unknown_cid$q;
        count_read_data_unknown$d = count_read_data_unknown$q;
        count_wrong_link$d = count_wrong_link$q;
        count_commands_replayed$d = count_commands_replayed$q;
        count_late_discarded$d = count_late_discarded$q;
        count_takeovers_acked$d = count_takeovers_acked$q;
        count_path_errors_sent$d = count_path_errors_sent$q;
        count_writes_truncated$d = count_writes_truncated$q;
        if (command_forwarded) begin
            count_commands_forwarded$d = count_commands_forwarded$q + one;
        end
        if (completion_delivered) begin
            count_completions_delivered$d = count_completions_delivered$q + one;
        end
        if (unknown_qp) begin
            count_unknown_qp$d = count_unknown_qp$q + one;
        end
        if (slots_full) begin
            count_slots_full$d = count_slots_full$q + one;
        end
        if (malformed_capsule) begin
            count_malformed_capsule$d = count_malformed_capsule$q + one;
        end
        if (capsule_too_long) begin
            count_capsule_too_long$d = count_capsule_too_long$q + one;
        end
        if (wqe_unknown_qp) begin
            count_wqe_unknown_qp$d = count_wqe_unknown_qp$q + one;
        end
        if (wqe_malformed) begin
            count_wqe_malformed$d = count_wqe_malformed$q + one;
        end
        if (cqe_unknown_cid) begin
            count_cqe_unknown_cid$d = count_cqe_unknown_cid$q + one;
        end
        if (read_data_unknown) begin
            count_read_data_unknown$d = count_read_data_unknown$q + one;
        end
        if (wrong_link) begin
            count_wrong_link$d = count_wrong_link$q + one;
        end
        if (command_replayed) begin
            count_commands_replayed$d = count_commands_replayed$q + one;
        end
        if (late_discarded) begin
            count_late_discarded$d = count_late_discarded$q + one;
        end
        if (takeover_acked) begin
            count_takeovers_acked$d = count_takeovers_acked$q + one;
        end
        if (path_error_sent) begin
            count_path_errors_sent$d = count_path_errors_sent$q + one;
        end
        if (write_truncated) begin
            count_writes_truncated$d = count_writes_truncated$q + one;
        end
        if (reset) begin
            count_commands_forwarded$d = zero;
            count_completions_delivered$d = zero;
            count_unknown_qp$d = zero;
            count_slots_full$d = zero;
            count_malformed_capsule$d = zero;
            count_capsule_too_long$d = zero;
            count_wqe_unknown_qp$d = zero;
            count_wqe_malformed$d = zero;
            count_cqe_unknown_cid$d = zero;
            count_read_data_unknown$d = zero;
            count_wrong_link$d = zero;
            count_commands_replayed$d = zero;
            count_late_discarded$d = zero;
            count_takeovers_acked$d = zero;
            count_path_errors_sent$d = zero;
            count_writes_truncated$d = zero;
        end
        counters$commands_forwarded = count_commands_forwarded$q;
        counters$completions_delivered = count_completions_delivered$q;
        counters$unknown_qp = count_unknown_qp$q;
        counters$slots_full = count_slots_full$q;
        counters$malformed_capsule = count_malformed_capsule$q;
        counters$capsule_too_long = count_capsule_too_long$q;
        counters$wqe_unknown_qp = count_wqe_unknown_qp$q;
        counters$wqe_malformed = count_wqe_malformed$q;
        counters$cqe_unknown_cid = count_cqe_unknown_cid$q;
        counters$read_data_unknown = count_read_data_unknown$q;
        counters$wrong_link = count_wrong_link$q;
        counters$commands_replayed = count_commands_replayed$q;
        counters$late_discarded = count_late_discarded$q;
        counters$takeovers_acked = count_takeovers_acked$q;
        counters$path_errors_sent = count_path_errors_sent$q;
        counters$writes_truncated = count_writes_truncated$q;
    end
    
endmodule // nic_core$connectors$connector_0$count


module nic_core$connectors$connector_0$count$count_capsule_too_long(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$count$count_capsule_too_long


module nic_core$connectors$connector_0$count$count_commands_forwarded(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$count$count_commands_forwarded


module nic_core$connectors$connector_0$count$count_commands_replayed(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$count$count_commands_replayed


module nic_core$connectors$connector_0$count$count_completions_delivered(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$count$count_completions_delivered


module nic_core$connectors$connector_0$count$count_cqe_unknown_cid(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$count$count_cqe_unknown_cid


module nic_core$connectors$connector_0$count$count_late_discarded(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$count$count_late_discarded


module nic_core$connectors$connector_0$count$count_malformed_capsule(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$count$count_malformed_capsule


module nic_core$connectors$connector_0$count$count_path_errors_sent(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$count$count_path_errors_sent


module nic_core$connectors$connector_0$count$count_read_data_unknown(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$count$count_read_data_unknown


module nic_core$connectors$connector_0$count$count_slots_full(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$count$count_slots_full


module nic_core$connectors$connector_0$count$count_takeovers_acked(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$count$count_takeovers_acked


module nic_core$connectors$connector_0$count$count_unknown_qp(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$count$count_unknown_qp


module nic_core$connectors$connector_0$count$count_wqe_malformed(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$count$count_wqe_malformed


module nic_core$connectors$connector_0$count$count_wqe_unknown_qp(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$count$count_wqe_unknown_qp


module nic_core$connectors$connector_0$count$count_writes_truncated(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$count$count_writes_truncated


module nic_core$connectors$connector_0$count$count_wrong_link(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$count$count_wrong_link


module nic_core$connectors$connector_0$cqe_high(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$cqe_high


module nic_core$connectors$connector_0$cqe_low(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$cqe_low


module nic_core$connectors$connector_0$emitter(clock,reset,link_up,fenced,available,issue,issue_controller,issue_header,issue_next,issue_fence,issue_payload,issue_slot,issue_length,idle,to_controller$tdata,to_controller$tlast,to_controller$tvalid,to_controller$tready,read$tdata,read$tlast,read$tvalid,read$tready,read$tag,read$length,read$last,buffer_address,buffer_data,read_table_address,read_table_entry,read_live,read_retire,read_data_unknown);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [1:0] link_up;
    input wire  [1:0] fenced;
    input wire  [1:0] available;
    input wire  issue;
    input wire  issue_controller;
    input wire  [63:0] issue_header;
    input wire  [2:0] issue_next;
    input wire  issue_fence;
    input wire  [63:0] issue_payload;
    input wire  [8:0] issue_slot;
    input wire  [15:0] issue_length;
    output reg  idle;
    output reg  [63:0] to_controller$tdata;
    output reg  to_controller$tlast;
    output reg  [1:0] to_controller$tvalid;
    input wire  [1:0] to_controller$tready;
    input wire  [63:0] read$tdata;
    input wire  read$tlast;
    input wire  read$tvalid;
    output reg  read$tready;
    input wire  [7:0] read$tag;
    input wire  [12:0] read$length;
    input wire  read$last;
    output reg  [16:0] buffer_address;
    input wire  [63:0] buffer_data;
    output reg  [1:0] read_table_address;
    input wire  [22:0] read_table_entry;
    input wire  [3:0] read_live;
    output reg  [3:0] read_retire;
    output reg  read_data_unknown;
    
    // Constant declarations
    localparam  length_shift = 64'h20;
    localparam  tag_shift = 64'h30;
    localparam  sqe_cid_shift = 64'h10;
    localparam  sqe_cid_field = 64'hffff0000;
    localparam  type_read_data = 64'h3;
    localparam  flag_last = 64'h200;
    localparam  no_flags = 64'h0;
    localparam  word_shift = 17'b1000;
    localparam  next_word = 17'b1;
    localparam  first_slot_word = 8'h0;
    localparam  one_word_left = 16'h1;
    localparam  round_up_to_word = 16'h7;
    localparam  read_index_shift = 8'h2;
    localparam  read_bit_0 = 4'h1;
    localparam  no_read = 4'h0;
    localparam  controller_a_bit = 2'b1;
    localparam  controller_b_bit = 2'b10;
    localparam  no_controller = 2'b0;
    
    // Enums
    localparam EmitStep$Idle = 0;
    localparam EmitStep$Header = 1;
    localparam EmitStep$Payload = 2;
    localparam EmitStep$Slot = 3;
    localparam EmitStep$ReadLookup = 4;
    localparam EmitStep$ReadPass = 5;
    
    // Stub signals
    reg  [2:0] step$d;
    wire  [2:0] step$q;
    reg  step$clock;
    reg  controller$d;
    wire  controller$q;
    reg  controller$clock;
    reg  [63:0] header$d;
    wire  [63:0] header$q;
    reg  header$clock;
    reg  [2:0] next_step$d;
    wire  [2:0] next_step$q;
    reg  next_step$clock;
    reg  dropping$d;
    wire  dropping$q;
    reg  dropping$clock;
    reg  read_discard$d;
    wire  read_discard$q;
    reg  read_discard$clock;
    reg  [63:0] payload$d;
    wire  [63:0] payload$q;
    reg  payload$clock;
    reg  [16:0] word$d;
    wire  [16:0] word$q;
    reg  word$clock;
    reg  [15:0] words_left$d;
    wire  [15:0] words_left$q;
    reg  words_left$clock;
    reg  [1:0] read_tag$d;
    wire  [1:0] read_tag$q;
    reg  read_tag$clock;
    reg  [5:0] read_generation$d;
    wire  [5:0] read_generation$q;
    reg  read_generation$clock;
    reg  [12:0] read_length$d;
    wire  [12:0] read_length$q;
    reg  read_length$clock;
    reg  read_last$d;
    wire  read_last$q;
    reg  read_last$clock;
    
    // Local signals
    reg  [1:0] controller_bit;
    reg  beat_valid;
    reg  beat_ready;
    reg  read_reachable;
    reg  [63:0] read_flags;
    reg  [7:0] read_tag_shifted;
    reg  [5:0] read_tag_generation;
    
    // Sub module instances
    nic_core$connectors$connector_0$emitter$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    nic_core$connectors$connector_0$emitter$controller controller(
        .d(controller$d),
        .q(controller$q),
        .clock(controller$clock)
    );
    nic_core$connectors$connector_0$emitter$header header(
        .d(header$d),
        .q(header$q),
        .clock(header$clock)
    );
    nic_core$connectors$connector_0$emitter$next_step next_step(
        .d(next_step$d),
        .q(next_step$q),
        .clock(next_step$clock)
    );
    nic_core$connectors$connector_0$emitter$dropping dropping(
        .d(dropping$d),
        .q(dropping$q),
        .clock(dropping$clock)
    );
    nic_core$connectors$connector_0$emitter$read_discard read_discard(
        .d(read_discard$d),
        .q(read_discard$q),
        .clock(read_discard$clock)
    );
    nic_core$connectors$connector_0$emitter$payload payload(
        .d(payload$d),
        .q(payload$q),
        .clock(payload$clock)
    );
    nic_core$connectors$connector_0$emitter$word word(
        .d(word$d),
        .q(word$q),
        .clock(word$clock)
    );
    nic_core$connectors$connector_0$emitter$words_left words_left(
        .d(words_left$d),
        .q(words_left$q),
        .clock(words_left$clock)
    );
    nic_core$connectors$connector_0$emitter$read_tag read_tag(
        .d(read_tag$d),
        .q(read_tag$q),
        .clock(read_tag$clock)
    );
    nic_core$connectors$connector_0$emitter$read_generation read_generation(
        .d(read_generation$d),
        .q(read_generation$q),
        .clock(read_generation$clock)
    );
    nic_core$connectors$connector_0$emitter$read_length read_length(
        .d(read_length$d),
        .q(read_length$q),
        .clock(read_length$clock)
    );
    nic_core$connectors$connector_0$emitter$read_last read_last(
        .d(read_last$d),
        .q(read_last$q),
        .clock(read_last$clock)
    );
    
    // Update code
    always @(*) begin
        step$clock = clock;
        controller$clock = clock;
        header$clock = clock;
        next_step$clock = clock;
        dropping$clock = clock;
        read_discard$clock = clock;
        payload$clock = clock;
        word$clock = clock;
        words_left$clock = clock;
        read_tag$clock = clock;
        read_generation$clock = clock;
        read_length$clock = clock;
        read_last$clock = clock;
        step$d = step$q;
        controller$d = controller$q;
        header$d = header$q;
        next_step$d = next_step$q;
        dropping$d = dropping$q;
        read_discard$d = read_discard$q;
        payload$d = payload$q;
        word$d = word$q;
        words_left$d = words_left$q;
        read_tag$d = read_tag$q;
        read_generation$d = read_generation$q;
        read_length$d = read_length$q;
        read_last$d = read_last$q;
        idle = step$q == EmitStep$Idle;
        read_retire = no_read;
        read_data_unknown = 1'b0;
        read_table_address = read_tag$q;
        if (step$q == EmitStep$Idle) begin
            read_table_address = read$tag[(32'h0)+:(2)];
        end
        read_tag_shifted = read$tag >> read_index_shift;
        read_tag_generation = ((read_tag_shifted) & 6'h3f);
        read_flags = no_flags;
        if (read_last$q) begin
            read_flags = flag_last;
        end
        read_reachable = available[32'h0];
        if (read_table_entry[(64'h0)+:(1)]) begin
            read_reachable = available[32'h1];
        end
        controller_bit = controller_a_bit;
        if (controller$q) begin
            controller_bit = controller_b_bit;
        end
        beat_ready = |(to_controller$tready & controller_bit) | ~|(link_up & controller_bit) | dropping$q;
        beat_valid = 1'b0;
        to_controller$tdata = header$q;
        to_controller$tlast = 1'b0;
        read$tready = 1'b0;
        buffer_address = word$q;
        if (read_discard$q) begin
            read$tready = 1'b1;
            if (read$tvalid & read$tlast) begin
                read_discard$d = 1'b0;
            end
        end
        case (step$q)
            EmitStep$Idle:
                begin
                    if (issue) begin
                        controller$d = issue_controller;
                        header$d = issue_header;
                        next_step$d = issue_next;
                        dropping$d = ((fenced[32'h0] & ~issue_controller) | (fenced[32'h1] & issue_controller)) & ~issue_fence;
                        payload$d = issue_payload;
                        word$d = ((issue_slot) & 17'h1ffff) << word_shift;
                        words_left$d = (issue_length + round_up_to_word) >> 32'h3;
                        step$d = EmitStep$Header;
                    end
                    else if (read$tvalid & ~read_discard$q) begin
                        read_tag$d = read$tag[(32'h0)+:(2)];
                        read_generation$d = read_tag_generation;
                        read_length$d = read$length;
                        read_last$d = read$last;
                        step$d = EmitStep$ReadLookup;
                    end
                end
            EmitStep$ReadLookup:
                begin
                    step$d = EmitStep$Idle;
                    read_discard$d = 1'b1;
                    if (|(read_live & (read_bit_0 << ((read_tag$q) & 4'hf))) & (read_table_entry[(64'h1)+:(6)] == read_generation$q)) begin
                        if (read_last$q) begin
                            read_retire = read_bit_0 << ((read_tag$q) & 4'hf);
                        end
                        controller$d = read_table_entry[(64'h0)+:(1)];
                        header$d = type_read_data | read_flags | (((read_length$q) & 64'hffffffffffffffff) << length_shift) | (((read_table_entry[(64'h7)+:(16)]) & 64'hffffffffffffffff) << tag_shift);
                        next_step$d = EmitStep$ReadPass;
                        dropping$d = 1'b0;
                        if (~read_reachable) begin
                            read_discard$d = 1'b1;
                        end
                        else begin
                            read_discard$d = 1'b0;
                            step$d = EmitStep$Header;
                        end
                    end
                    else begin
                        read_data_unknown = 1'b1;
                    end
                end
            EmitStep$Header:
                begin
                    beat_valid = 1'b1;
                    to_controller$tlast = next_step$q == EmitStep$Idle;
                    if (beat_ready) begin
                        step$d = next_step$q;
                    end
                end
            EmitStep$Payload:
                begin
                    beat_valid = 1'b1;
                    to_controller$tdata = payload$q;
                    to_controller$tlast = 1'b1;
                    if (beat_ready) begin
                        step$d = EmitStep$Idle;
                    end
                end
            EmitStep$Slot:
                begin
                    beat_valid = 1'b1;
                    to_controller$tdata = buffer_data;
                    if (word$q[(32'h0)+:(8)] == first_slot_word) begin
                        to_controller$tdata = (buffer_data & ~sqe_cid_field) | (((header$q[(32'h30)+:(16)]) & 64'hffffffffffffffff) << sqe_cid_shift);
                    end
                    to_controller$tlast = words_left$q == one_word_left;
                    if (beat_ready) begin
                        word$d = word$q + next_word;
                        buffer_address = word$q + next_word;
                        words_left$d = words_left$q - one_word_left;
                        if (words_left$q == one_word_left) begin
                            step$d = EmitStep$Idle;
                        end
                    end
                end
            default:
                begin
                    beat_valid = read$tvalid;
                    to_controller$tdata = read$tdata;
                    to_controller$tlast = read$tlast;
                    read$tready = beat_ready;
                    if (read$tvalid & beat_ready & read$tlast) begin
                        step$d = EmitStep$Idle;
                    end
                end
        endcase
        if (~|(link_up & controller_bit) & ~idle & (step$q != EmitStep$ReadLookup)) begin
            step$d = EmitStep$Idle;
            if (step$q == EmitStep$ReadPass) begin
                read_discard$d = ~(read$tvalid & read$tlast);
            end
            if ((step$q == EmitStep$Header) & (next_step$q == EmitStep$ReadPass)) begin
                read_discard$d = 1'b1;
            end
        end
        to_controller$tvalid = no_controller;
        if (beat_valid & ~dropping$q) begin
            to_controller$tvalid = controller_bit;
        end
        if (reset) begin
            step$d = EmitStep$Idle;
            read_discard$d = 1'b0;
        end
    end
    
endmodule // nic_core$connectors$connector_0$emitter


module nic_core$connectors$connector_0$emitter$controller(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$emitter$controller


module nic_core$connectors$connector_0$emitter$dropping(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$emitter$dropping


module nic_core$connectors$connector_0$emitter$header(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$emitter$header


module nic_core$connectors$connector_0$emitter$next_step(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam EmitStep$Idle = 0;
    localparam EmitStep$Header = 1;
    localparam EmitStep$Payload = 2;
    localparam EmitStep$Slot = 3;
    localparam EmitStep$ReadLookup = 4;
    localparam EmitStep$ReadPass = 5;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$emitter$next_step


module nic_core$connectors$connector_0$emitter$payload(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$emitter$payload


module nic_core$connectors$connector_0$emitter$read_discard(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$emitter$read_discard


module nic_core$connectors$connector_0$emitter$read_generation(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$emitter$read_generation


module nic_core$connectors$connector_0$emitter$read_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$emitter$read_last


module nic_core$connectors$connector_0$emitter$read_length(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$emitter$read_length


module nic_core$connectors$connector_0$emitter$read_tag(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$emitter$read_tag


module nic_core$connectors$connector_0$emitter$step(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam EmitStep$Idle = 0;
    localparam EmitStep$Header = 1;
    localparam EmitStep$Payload = 2;
    localparam EmitStep$Slot = 3;
    localparam EmitStep$ReadLookup = 4;
    localparam EmitStep$ReadPass = 5;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$emitter$step


module nic_core$connectors$connector_0$emitter$word(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$emitter$word


module nic_core$connectors$connector_0$emitter$words_left(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$emitter$words_left


module nic_core$connectors$connector_0$entry(d,q,clock);
    
    // Module arguments
    input wire  [83:0] d;
    output reg  [83:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 84'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$entry


module nic_core$connectors$connector_0$fail_pending(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$fail_pending


module nic_core$connectors$connector_0$failback_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$failback_pending


module nic_core$connectors$connector_0$fence_pending(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$fence_pending


module nic_core$connectors$connector_0$fence_sent(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$fence_sent


module nic_core$connectors$connector_0$intake(clock,reset,from_a$tdata,from_a$tlast,from_a$tvalid,from_a$tready,from_b$tdata,from_b$tlast,from_b$tvalid,from_b$tready,link_up,fenced,available,heard,waiting,offered$from_b,offered$kind,offered$fields,offered$last,take_header,beat$src,beat$data,beat$last,beat$valid,beat$lost,beat$take,mover_busy,mover_src,mover_take,skip);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] from_a$tdata;
    input wire  from_a$tlast;
    input wire  from_a$tvalid;
    output reg  from_a$tready;
    input wire  [63:0] from_b$tdata;
    input wire  from_b$tlast;
    input wire  from_b$tvalid;
    output reg  from_b$tready;
    input wire  [1:0] link_up;
    input wire  [1:0] fenced;
    input wire  [1:0] available;
    output reg  [1:0] heard;
    output reg  waiting;
    output reg  offered$from_b;
    output reg  [7:0] offered$kind;
    output reg  [47:0] offered$fields;
    output reg  offered$last;
    input wire  take_header;
    input wire  beat$src;
    output reg  [63:0] beat$data;
    output reg  beat$last;
    output reg  beat$valid;
    output reg  beat$lost;
    input wire  beat$take;
    input wire  mover_busy;
    input wire  mover_src;
    input wire  mover_take;
    input wire  [1:0] skip;
    
    // Constant declarations
    localparam  type_heartbeat = 8'h83;
    localparam  type_wqe = 8'h81;
    localparam  link_a = 2'b1;
    localparam  link_b = 2'b10;
    localparam  no_link = 2'b0;
    
    // Stub signals
    reg  [1:0] at_header$d;
    wire  [1:0] at_header$q;
    reg  at_header$clock;
    reg  [1:0] draining$d;
    wire  [1:0] draining$q;
    reg  draining$clock;
    
    // Local signals
    reg  heartbeat_a;
    reg  heartbeat_b;
    reg  wqe_a;
    reg  wqe_b;
    reg  a_offers;
    reg  b_offers;
    reg  take_a;
    reg  take_b;
    reg  [1:0] boundary;
    reg  [1:0] drained;
    
    // Sub module instances
    nic_core$connectors$connector_0$intake$at_header at_header(
        .d(at_header$d),
        .q(at_header$q),
        .clock(at_header$clock)
    );
    nic_core$connectors$connector_0$intake$draining draining(
        .d(draining$d),
        .q(draining$q),
        .clock(draining$clock)
    );
    
    // Update code
    always @(*) begin
        at_header$clock = clock;
        draining$clock = clock;
        at_header$d = at_header$q;
        draining$d = draining$q;
        beat$data = from_a$tdata;
        beat$last = from_a$tlast;
        beat$valid = from_a$tvalid;
        beat$lost = ~available[32'h0];
        if (beat$src) begin
            beat$data = from_b$tdata;
            beat$last = from_b$tlast;
            beat$valid = from_b$tvalid;
            beat$lost = ~available[32'h1];
        end
        heartbeat_a = at_header$q[32'h0] & from_a$tvalid & from_a$tlast & (from_a$tdata[(32'h0)+:(8)] == type_heartbeat) & ~fenced[32'h0];
        heartbeat_b = at_header$q[32'h1] & from_b$tvalid & from_b$tlast & (from_b$tdata[(32'h0)+:(8)] == type_heartbeat) & ~fenced[32'h1];
        wqe_a = from_a$tdata[(32'h0)+:(8)] == type_wqe;
        wqe_b = from_b$tdata[(32'h0)+:(8)] == type_wqe;
        a_offers = from_a$tvalid & link_up[32'h0] & ~draining$q[32'h0] & ~heartbeat_a & ~(mover_busy & (~mover_src | wqe_a));
        b_offers = from_b$tvalid & link_up[32'h1] & ~draining$q[32'h1] & ~heartbeat_b & ~(mover_busy & (mover_src | wqe_b));
        waiting = a_offers | b_offers;
        offered$from_b = b_offers & (~a_offers | ~beat$src);
        offered$kind = from_a$tdata[(32'h0)+:(8)];
        offered$fields = from_a$tdata[(32'h10)+:(48)];
        offered$last = from_a$tlast;
        if (offered$from_b) begin
            offered$kind = from_b$tdata[(32'h0)+:(8)];
            offered$fields = from_b$tdata[(32'h10)+:(48)];
            offered$last = from_b$tlast;
        end
        take_a = (take_header & ~offered$from_b) | (beat$take & ~beat$src) | (mover_take & ~mover_src);
        take_b = (take_header & offered$from_b) | (beat$take & beat$src) | (mover_take & mover_src);
        from_a$tready = take_a | draining$q[32'h0] | ~link_up[32'h0] | heartbeat_a;
        from_b$tready = take_b | draining$q[32'h1] | ~link_up[32'h1] | heartbeat_b;
        boundary = at_header$q | ~link_up;
        if (from_a$tvalid & from_a$tready & link_up[32'h0]) begin
            boundary = boundary & ~link_a;
            if (from_a$tlast) begin
                boundary = boundary | link_a;
            end
        end
        if (from_b$tvalid & from_b$tready & link_up[32'h1]) begin
            boundary = boundary & ~link_b;
            if (from_b$tlast) begin
                boundary = boundary | link_b;
            end
        end
        at_header$d = boundary;
        heard = no_link;
        if (from_a$tvalid & link_up[32'h0]) begin
            heard = link_a;
        end
        if (from_b$tvalid & link_up[32'h1]) begin
            heard = heard | link_b;
        end
        drained = no_link;
        if (from_a$tvalid & from_a$tready & draining$q[32'h0] & from_a$tlast) begin
            drained = link_a;
        end
        if (from_b$tvalid & from_b$tready & draining$q[32'h1] & from_b$tlast) begin
            drained = drained | link_b;
        end
        draining$d = ((draining$q | skip) & ~drained) & link_up;
        if (reset) begin
            draining$d = no_link;
            at_header$d = link_a | link_b;
        end
    end
    
endmodule // nic_core$connectors$connector_0$intake


module nic_core$connectors$connector_0$intake$at_header(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$intake$at_header


module nic_core$connectors$connector_0$intake$draining(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$intake$draining


module nic_core$connectors$connector_0$meta(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [32:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [32:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[32:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$connectors$connector_0$meta


module nic_core$connectors$connector_0$mover(clock,reset,start,start_src,start_length,busy,src,from_a_tdata,from_a_tvalid,from_a_tlast,from_b_tdata,from_b_tvalid,from_b_tlast,take,available,payload_tdata,payload_tlast,payload_tvalid,payload_tready,skip,write_truncated);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    input wire  start_src;
    input wire  [15:0] start_length;
    output reg  busy;
    output reg  src;
    input wire  [63:0] from_a_tdata;
    input wire  from_a_tvalid;
    input wire  from_a_tlast;
    input wire  [63:0] from_b_tdata;
    input wire  from_b_tvalid;
    input wire  from_b_tlast;
    output reg  take;
    input wire  [1:0] available;
    output reg  [63:0] payload_tdata;
    output reg  payload_tlast;
    output reg  payload_tvalid;
    input wire  payload_tready;
    output reg  [1:0] skip;
    output reg  write_truncated;
    
    // Constant declarations
    localparam  one_word_left = 16'h1;
    localparam  round_up_to_word = 16'h7;
    localparam  zero_word = 64'h0;
    localparam  link_a_bit = 2'b1;
    localparam  link_b_bit = 2'b10;
    localparam  no_link = 2'b0;
    
    // Stub signals
    reg  moving$d;
    wire  moving$q;
    reg  moving$clock;
    reg  from_b$d;
    wire  from_b$q;
    reg  from_b$clock;
    reg  closing$d;
    wire  closing$q;
    reg  closing$clock;
    reg  [15:0] words_left$d;
    wire  [15:0] words_left$q;
    reg  words_left$clock;
    
    // Local signals
    reg  [63:0] data;
    reg  valid;
    reg  last;
    reg  lost;
    reg  [1:0] link_bit;
    
    // Sub module instances
    nic_core$connectors$connector_0$mover$moving moving(
        .d(moving$d),
        .q(moving$q),
        .clock(moving$clock)
    );
    nic_core$connectors$connector_0$mover$from_b from_b(
        .d(from_b$d),
        .q(from_b$q),
        .clock(from_b$clock)
    );
    nic_core$connectors$connector_0$mover$closing closing(
        .d(closing$d),
        .q(closing$q),
        .clock(closing$clock)
    );
    nic_core$connectors$connector_0$mover$words_left words_left(
        .d(words_left$d),
        .q(words_left$q),
        .clock(words_left$clock)
    );
    
    // Update code
    always @(*) begin
        moving$clock = clock;
        from_b$clock = clock;
        closing$clock = clock;
        words_left$clock = clock;
        moving$d = moving$q;
        from_b$d = from_b$q;
        closing$d = closing$q;
        words_left$d = words_left$q;
        busy = moving$q;
        src = from_b$q;
        write_truncated = 1'b0;
        data = from_a_tdata;
        valid = from_a_tvalid;
        last = from_a_tlast;
        lost = ~available[32'h0];
        link_bit = link_a_bit;
        if (from_b$q) begin
            data = from_b_tdata;
            valid = from_b_tvalid;
            last = from_b_tlast;
            lost = ~available[32'h1];
            link_bit = link_b_bit;
        end
        take = 1'b0;
        skip = no_link;
        payload_tdata = zero_word;
        payload_tlast = 1'b0;
        payload_tvalid = 1'b0;
        if (start) begin
            moving$d = 1'b1;
            from_b$d = start_src;
            closing$d = 1'b0;
            words_left$d = (start_length + round_up_to_word) >> 32'h3;
        end
        if (moving$q) begin
            payload_tlast = words_left$q == one_word_left;
            if (closing$q) begin
                payload_tlast = words_left$q != one_word_left;
                payload_tvalid = 1'b1;
                if (payload_tready) begin
                    words_left$d = words_left$q - one_word_left;
                    if (words_left$q != one_word_left) begin
                        moving$d = 1'b0;
                    end
                end
            end
            else if (lost) begin
                write_truncated = 1'b1;
                skip = link_bit;
                closing$d = 1'b1;
            end
            else begin
                payload_tdata = data;
                payload_tvalid = valid;
                payload_tlast = (words_left$q == one_word_left) | last;
                take = payload_tready;
                if (valid & payload_tready) begin
                    words_left$d = words_left$q - one_word_left;
                    if (words_left$q == one_word_left) begin
                        if (~last) begin
                            skip = link_bit;
                        end
                        moving$d = 1'b0;
                    end
                    else if (last) begin
                        write_truncated = 1'b1;
                        moving$d = 1'b0;
                    end
                end
            end
        end
        if (reset) begin
            moving$d = 1'b0;
        end
    end
    
endmodule // nic_core$connectors$connector_0$mover


module nic_core$connectors$connector_0$mover$closing(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$mover$closing


module nic_core$connectors$connector_0$mover$from_b(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$mover$from_b


module nic_core$connectors$connector_0$mover$moving(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$mover$moving


module nic_core$connectors$connector_0$mover$words_left(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$mover$words_left


module nic_core$connectors$connector_0$prefer_link(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$prefer_link


module nic_core$connectors$connector_0$qp(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$qp


module nic_core$connectors$connector_0$qp_table(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [83:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [83:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[83:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$connectors$connector_0$qp_table


module nic_core$connectors$connector_0$read_table(clock,reset,has_free,next_tag,allocate,controller,tag,forget,lookup_index,lookup_entry,live,retire);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    output reg  has_free;
    output reg  [7:0] next_tag;
    input wire  allocate;
    input wire  controller;
    input wire  [15:0] tag;
    input wire  forget;
    input wire  [1:0] lookup_index;
    output reg  [22:0] lookup_entry;
    output reg  [3:0] live;
    input wire  [3:0] retire;
    
    // Constant declarations
    localparam  none = 4'h0;
    localparam  entry_0 = 4'h1;
    localparam  index_0 = 2'b0;
    localparam  index_1 = 2'b1;
    localparam  index_2 = 2'b10;
    localparam  index_3 = 2'b11;
    localparam  index_shift = 8'h2;
    localparam  next_generation = 6'b1;
    
    // Stub signals
    reg  [1:0] entries$read_address;
    reg  entries$read_clock;
    wire  [22:0] entries$read_data;
    reg  [1:0] entries$write_address;
    reg  entries$write_clock;
    reg  [22:0] entries$write_data;
    reg  entries$write_enable;
    reg  [3:0] valid$d;
    wire  [3:0] valid$q;
    reg  valid$clock;
    reg  [3:0] of_b$d;
    wire  [3:0] of_b$q;
    reg  of_b$clock;
    reg  [3:0] fresh$d;
    wire  [3:0] fresh$q;
    reg  fresh$clock;
    reg  [5:0] generation$d;
    wire  [5:0] generation$q;
    reg  generation$clock;
    
    // Local signals
    reg  [3:0] free;
    reg  [1:0] pick;
    reg  [3:0] taken;
    reg  [3:0] forgotten;
    
    // Sub module instances
    nic_core$connectors$connector_0$read_table$entries entries(
        .read_address(entries$read_address),
        .read_clock(entries$read_clock),
        .read_data(entries$read_data),
        .write_address(entries$write_address),
        .write_clock(entries$write_clock),
        .write_data(entries$write_data),
        .write_enable(entries$write_enable)
    );
    nic_core$connectors$connector_0$read_table$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    nic_core$connectors$connector_0$read_table$of_b of_b(
        .d(of_b$d),
        .q(of_b$q),
        .clock(of_b$clock)
    );
    nic_core$connectors$connector_0$read_table$fresh fresh(
        .d(fresh$d),
        .q(fresh$q),
        .clock(fresh$clock)
    );
    nic_core$connectors$connector_0$read_table$generation generation(
        .d(generation$d),
        .q(generation$q),
        .clock(generation$clock)
    );
    
    // Update code
    always @(*) begin
        valid$clock = clock;
        of_b$clock = clock;
        fresh$clock = clock;
        generation$clock = clock;
        valid$d = valid$q;
        of_b$d = of_b$q;
        fresh$d = fresh$q;
        generation$d = generation$q;
        entries$read_clock = clock;
        entries$write_clock = clock;
        entries$read_address = lookup_index;
        lookup_entry = entries$read_data;
        live = valid$q & ~fresh$q;
        free = ~valid$q;
        pick = index_3;
        if (free[32'h2]) begin
            pick = index_2;
        end
        if (free[32'h1]) begin
            pick = index_1;
        end
        if (free[32'h0]) begin
            pick = index_0;
        end
        has_free = |free;
        next_tag = (((generation$q) & 8'hff) << index_shift) | ((pick) & 8'hff);
        entries$write_enable = allocate;
        entries$write_address = pick;
        entries$write_data[(64'h0)+:(1)] = controller;
        entries$write_data[(64'h7)+:(16)] = tag;
        entries$write_data[(64'h1)+:(6)] = generation$q;
        taken = none;
        if (allocate) begin
            taken = entry_0 << ((pick) & 4'hf);
            generation$d = generation$q + next_generation;
        end
        forgotten = none;
        if (forget) begin
            forgotten = valid$q & ~of_b$q;
            if (controller) begin
                forgotten = valid$q & of_b$q;
            end
        end
        valid$d = (valid$q | taken) & ~(forgotten | retire);
        fresh$d = taken;
        of_b$d = of_b$q & ~taken;
        if (controller) begin
            of_b$d = of_b$q | taken;
        end
        if (reset) begin
            valid$d = none;
        end
    end
    
endmodule // nic_core$connectors$connector_0$read_table


module nic_core$connectors$connector_0$read_table$entries(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [1:0] read_address;
    input wire  read_clock;
    output reg  [22:0] read_data;
    input wire  [1:0] write_address;
    input wire  write_clock;
    input wire  [22:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[22:0] mem[3:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$connectors$connector_0$read_table$entries


module nic_core$connectors$connector_0$read_table$fresh(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$read_table$fresh


module nic_core$connectors$connector_0$read_table$generation(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$read_table$generation


module nic_core$connectors$connector_0$read_table$of_b(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$read_table$of_b


module nic_core$connectors$connector_0$read_table$valid(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$read_table$valid


module nic_core$connectors$connector_0$reader(clock,reset,take_header,offered$from_b,offered$kind,offered$fields,offered$last,read_cqe,beat$src,beat$data,beat$last,beat$valid,beat$lost,beat$take,fenced,fence_sent,finished,descriptor_read,cqe_low_read,cqe_read,skip,fence_acked,late_discarded,wqe_unknown_qp,wqe_malformed,takeover_acked,src,src_bit,ended,tag,length,va,rkey,invalidate,write_ok,read_ok,send_ok,send_invalidate);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  take_header;
    input wire  offered$from_b;
    input wire  [7:0] offered$kind;
    input wire  [47:0] offered$fields;
    input wire  offered$last;
    input wire  read_cqe;
    output reg  beat$src;
    input wire  [63:0] beat$data;
    input wire  beat$last;
    input wire  beat$valid;
    input wire  beat$lost;
    output reg  beat$take;
    input wire  [1:0] fenced;
    input wire  [1:0] fence_sent;
    output reg  finished;
    output reg  descriptor_read;
    output reg  cqe_low_read;
    output reg  cqe_read;
    output reg  [1:0] skip;
    output reg  [1:0] fence_acked;
    output reg  late_discarded;
    output reg  wqe_unknown_qp;
    output reg  wqe_malformed;
    output reg  takeover_acked;
    output reg  src;
    output reg  [1:0] src_bit;
    output reg  ended;
    output reg  [15:0] tag;
    output reg  [15:0] length;
    output reg  [63:0] va;
    output reg  [31:0] rkey;
    output reg  [31:0] invalidate;
    output reg  write_ok;
    output reg  read_ok;
    output reg  send_ok;
    output reg  send_invalidate;
    
    // Constant declarations
    localparam  qp_high_mask = 16'hfff0;
    localparam  type_wqe = 8'h81;
    localparam  type_takeover_ack = 8'h82;
    localparam  type_fence_ack = 8'h84;
    localparam  op_write = 8'h1;
    localparam  op_send = 8'h2;
    localparam  op_send_invalidate = 8'h3;
    localparam  op_read = 8'h4;
    localparam  upper_16_of_32 = 32'hffff0000;
    localparam  no_length = 32'h0;
    localparam  no_qp_bits = 16'h0;
    localparam  descriptor_bytes = 16'h18;
    localparam  send_payload_bytes = 16'h28;
    localparam  cqe_bytes = 32'h10;
    localparam  link_a = 2'b1;
    localparam  link_b = 2'b10;
    localparam  no_link = 2'b0;
    
    // Enums
    localparam ReadStep$Idle = 0;
    localparam ReadStep$Header = 1;
    localparam ReadStep$Descriptor1 = 2;
    localparam ReadStep$Descriptor2 = 3;
    localparam ReadStep$Descriptor3 = 4;
    localparam ReadStep$Cqe0 = 5;
    localparam ReadStep$Cqe1 = 6;
    
    // Stub signals
    reg  [2:0] step$d;
    wire  [2:0] step$q;
    reg  step$clock;
    reg  from_b$d;
    wire  from_b$q;
    reg  from_b$clock;
    reg  [7:0] kind$d;
    wire  [7:0] kind$q;
    reg  kind$clock;
    reg  [15:0] header_qp$d;
    wire  [15:0] header_qp$q;
    reg  header_qp$clock;
    reg  [15:0] header_length$d;
    wire  [15:0] header_length$q;
    reg  header_length$clock;
    reg  [15:0] header_tag$d;
    wire  [15:0] header_tag$q;
    reg  header_tag$clock;
    reg  last_taken$d;
    wire  last_taken$q;
    reg  last_taken$clock;
    reg  [7:0] op$d;
    wire  [7:0] op$q;
    reg  op$clock;
    reg  [31:0] wqe_length$d;
    wire  [31:0] wqe_length$q;
    reg  wqe_length$clock;
    reg  [63:0] wqe_va$d;
    wire  [63:0] wqe_va$q;
    reg  wqe_va$clock;
    reg  [31:0] wqe_rkey$d;
    wire  [31:0] wqe_rkey$q;
    reg  wqe_rkey$clock;
    reg  [31:0] wqe_invalidate$d;
    wire  [31:0] wqe_invalidate$q;
    reg  wqe_invalidate$clock;
    
    // Local signals
    reg  finish;
    reg  reading;
    reg  length_fits;
    
    // Sub module instances
    nic_core$connectors$connector_0$reader$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    nic_core$connectors$connector_0$reader$from_b from_b(
        .d(from_b$d),
        .q(from_b$q),
        .clock(from_b$clock)
    );
    nic_core$connectors$connector_0$reader$kind kind(
        .d(kind$d),
        .q(kind$q),
        .clock(kind$clock)
    );
    nic_core$connectors$connector_0$reader$header_qp header_qp(
        .d(header_qp$d),
        .q(header_qp$q),
        .clock(header_qp$clock)
    );
    nic_core$connectors$connector_0$reader$header_length header_length(
        .d(header_length$d),
        .q(header_length$q),
        .clock(header_length$clock)
    );
    nic_core$connectors$connector_0$reader$header_tag header_tag(
        .d(header_tag$d),
        .q(header_tag$q),
        .clock(header_tag$clock)
    );
    nic_core$connectors$connector_0$reader$last_taken last_taken(
        .d(last_taken$d),
        .q(last_taken$q),
        .clock(last_taken$clock)
    );
    nic_core$connectors$connector_0$reader$op op(
        .d(op$d),
        .q(op$q),
        .clock(op$clock)
    );
    nic_core$connectors$connector_0$reader$wqe_length wqe_length(
        .d(wqe_length$d),
        .q(wqe_length$q),
        .clock(wqe_length$clock)
    );
    nic_core$connectors$connector_0$reader$wqe_va wqe_va(
        .d(wqe_va$d),
        .q(wqe_va$q),
        .clock(wqe_va$clock)
    );
    nic_core$connectors$connector_0$reader$wqe_rkey wqe_rkey(
        .d(wqe_rkey$d),
        .q(wqe_rkey$q),
        .clock(wqe_rkey$clock)
    );
    nic_core$connectors$connector_0$reader$wqe_invalidate wqe_invalidate(
        .d(wqe_invalidate$d),
        .q(wqe_invalidate$q),
        .clock(wqe_invalidate$clock)
    );
    
    // Update code
    always @(*) begin
        step$clock = clock;
        from_b$clock = clock;
        kind$clock = clock;
        header_qp$clock = clock;
        header_length$clock = clock;
        header_tag$clock = clock;
        last_taken$clock = clock;
        op$clock = clock;
        wqe_length$clock = clock;
        wqe_va$clock = clock;
        wqe_rkey$clock = clock;
        wqe_invalidate$clock = clock;
        step$d = step$q;
        from_b$d = from_b$q;
        kind$d = kind$q;
        header_qp$d = header_qp$q;
        header_length$d = header_length$q;
        header_tag$d = header_tag$q;
        last_taken$d = last_taken$q;
        op$d = op$q;
        wqe_length$d = wqe_length$q;
        wqe_va$d = wqe_va$q;
        wqe_rkey$d = wqe_rkey$q;
        wqe_invalidate$d = wqe_invalidate$q;
        src = from_b$q;
        beat$src = from_b$q;
        src_bit = link_a;
        if (from_b$q) begin
            src_bit = link_b;
        end
        ended = last_taken$q;
        tag = header_tag$q;
        length = wqe_length$q[(32'h0)+:(16)];
        va = wqe_va$q;
        rkey = wqe_rkey$q;
        invalidate = wqe_invalidate$q;
        length_fits = ((wqe_length$q & upper_16_of_32) == no_length) & (wqe_length$q != no_length);
        write_ok = (op$q == op_write) & ~last_taken$q & length_fits & (header_length$q - descriptor_bytes == wqe_length$q[(32'h0)+:(16)]);
        read_ok = (op$q == op_read) & last_taken$q & length_fits & (header_length$q == descriptor_bytes);
        send_invalidate = op$q == op_send_invalidate;
        send_ok = ((op$q == op_send) | send_invalidate) & ~last_taken$q & (wqe_length$q == cqe_bytes) & (header_length$q == send_payload_bytes);
        beat$take = 1'b0;
        finish = 1'b0;
        finished = 1'b0;
        descriptor_read = 1'b0;
        cqe_low_read = 1'b0;
        cqe_read = 1'b0;
        skip = no_link;
        fence_acked = no_link;
        late_discarded = 1'b0;
        wqe_unknown_qp = 1'b0;
        wqe_malformed = 1'b0;
        takeover_acked = 1'b0;
        case (step$q)
            ReadStep$Header:
                begin
                    if (|(fenced & src_bit)) begin
                        if ((kind$q == type_fence_ack) & |(fence_sent & src_bit)) begin
                            fence_acked = src_bit;
                        end
                        else begin
                            late_discarded = 1'b1;
                        end
                        finish = 1'b1;
                    end
                    else if (kind$q == type_wqe) begin
                        if ((header_qp$q & qp_high_mask) != no_qp_bits) begin
                            wqe_unknown_qp = 1'b1;
                            finish = 1'b1;
                        end
                        else if (last_taken$q) begin
                            wqe_malformed = 1'b1;
                            finish = 1'b1;
                        end
                        else begin
                            step$d = ReadStep$Descriptor1;
                        end
                    end
                    else begin
                        takeover_acked = kind$q == type_takeover_ack;
                        finish = 1'b1;
                    end
                end
            ReadStep$Descriptor1:
                begin
                    if (beat$valid & ~beat$lost) begin
                        op$d = beat$data[(32'h0)+:(8)];
                        wqe_length$d = beat$data[(32'h20)+:(32)];
                        step$d = ReadStep$Descriptor2;
                    end
                end
            ReadStep$Descriptor2:
                begin
                    if (beat$valid & ~beat$lost) begin
                        wqe_va$d = beat$data;
                        step$d = ReadStep$Descriptor3;
                    end
                end
            ReadStep$Descriptor3:
                begin
                    if (beat$valid & ~beat$lost) begin
                        wqe_rkey$d = beat$data[(32'h0)+:(32)];
                        wqe_invalidate$d = beat$data[(32'h20)+:(32)];
                        descriptor_read = 1'b1;
                        step$d = ReadStep$Idle;
                    end
                end
            ReadStep$Cqe0:
                begin
                    if (beat$valid & ~beat$lost) begin
                        cqe_low_read = 1'b1;
                        step$d = ReadStep$Cqe1;
                    end
                end
            ReadStep$Cqe1:
                begin
                    if (beat$valid & ~beat$lost) begin
                        cqe_read = 1'b1;
                        step$d = ReadStep$Idle;
                    end
                end
            default:
                begin
                end
        endcase
        reading = (step$q != ReadStep$Idle) & (step$q != ReadStep$Header);
        if (reading) begin
            if (beat$lost) begin
                late_discarded = 1'b1;
                skip = src_bit;
                finished = 1'b1;
                step$d = ReadStep$Idle;
            end
            else begin
                beat$take = 1'b1;
                if (beat$valid) begin
                    last_taken$d = beat$last;
                    if (beat$last & (step$q != ReadStep$Descriptor3) & (step$q != ReadStep$Cqe1)) begin
                        wqe_malformed = 1'b1;
                        finished = 1'b1;
                        step$d = ReadStep$Idle;
                    end
                end
            end
        end
        if (finish) begin
            finished = 1'b1;
            step$d = ReadStep$Idle;
            if (~last_taken$q) begin
                skip = src_bit;
            end
        end
        if (read_cqe) begin
            step$d = ReadStep$Cqe0;
        end
        if (take_header) begin
            from_b$d = offered$from_b;
            kind$d = offered$kind;
            header_qp$d = offered$fields[(32'h0)+:(16)];
            header_length$d = offered$fields[(32'h10)+:(16)];
            header_tag$d = offered$fields[(32'h20)+:(16)];
            last_taken$d = offered$last;
            step$d = ReadStep$Header;
        end
        if (reset) begin
            step$d = ReadStep$Idle;
        end
    end
    
endmodule // nic_core$connectors$connector_0$reader


module nic_core$connectors$connector_0$reader$from_b(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$reader$from_b


module nic_core$connectors$connector_0$reader$header_length(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$reader$header_length


module nic_core$connectors$connector_0$reader$header_qp(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$reader$header_qp


module nic_core$connectors$connector_0$reader$header_tag(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$reader$header_tag


module nic_core$connectors$connector_0$reader$kind(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$reader$kind


module nic_core$connectors$connector_0$reader$last_taken(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$reader$last_taken


module nic_core$connectors$connector_0$reader$op(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$reader$op


module nic_core$connectors$connector_0$reader$step(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam ReadStep$Idle = 0;
    localparam ReadStep$Header = 1;
    localparam ReadStep$Descriptor1 = 2;
    localparam ReadStep$Descriptor2 = 3;
    localparam ReadStep$Descriptor3 = 4;
    localparam ReadStep$Cqe0 = 5;
    localparam ReadStep$Cqe1 = 6;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$reader$step


module nic_core$connectors$connector_0$reader$wqe_invalidate(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$reader$wqe_invalidate


module nic_core$connectors$connector_0$reader$wqe_length(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$reader$wqe_length


module nic_core$connectors$connector_0$reader$wqe_rkey(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$reader$wqe_rkey


module nic_core$connectors$connector_0$reader$wqe_va(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$reader$wqe_va


module nic_core$connectors$connector_0$readmit_pending(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$readmit_pending


module nic_core$connectors$connector_0$receiver(clock,reset,s_axis_tdata,s_axis_tkeep,s_axis_tlast,s_axis_tvalid,s_axis_tready,s_axis_qp,s_axis_message_end,busy,buffer_write_enable,buffer_write_address,buffer_write_data,capsule_valid,capsule_ready,capsule_qp,capsule_slot,capsule_cid,capsule_length,capsule_admin_connect,freed,probe_qp,probe_taken,slots_full,malformed_capsule,capsule_too_long);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] s_axis_tdata;
    input wire  [7:0] s_axis_tkeep;
    input wire  s_axis_tlast;
    input wire  s_axis_tvalid;
    output reg  s_axis_tready;
    input wire  [3:0] s_axis_qp;
    input wire  s_axis_message_end;
    input wire  [511:0] busy;
    output reg  buffer_write_enable;
    output reg  [16:0] buffer_write_address;
    output reg  [63:0] buffer_write_data;
    output reg  capsule_valid;
    input wire  capsule_ready;
    output reg  [3:0] capsule_qp;
    output reg  [4:0] capsule_slot;
    output reg  [15:0] capsule_cid;
    output reg  [15:0] capsule_length;
    output reg  capsule_admin_connect;
    input wire  [511:0] freed;
    input wire  [3:0] probe_qp;
    output reg  probe_taken;
    output reg  slots_full;
    output reg  malformed_capsule;
    output reg  capsule_too_long;
    
    // Constant declarations
    localparam  slot_bits = 9'b101;
    localparam  slot_bits_wide = 512'h5;
    localparam  qp_slot_mask = 512'hffffffff;
    localparam  zero_slot = 5'b0;
    localparam  one_slot = 5'b1;
    localparam  slot_word_bits = 17'b1000;
    localparam  slot_word_bits_16 = 16'h8;
    localparam  word_3 = 16'h3;
    localparam  word_4 = 16'h4;
    localparam  word_5 = 16'h5;
    localparam  sqe_less_a_beat = 16'h38;
    localparam  last_sqe_word = 16'h7;
    localparam  sqe_last_byte_low = 4'hf;
    localparam  opcode_fabrics = 8'h7f;
    localparam  fctype_connect = 8'h1;
    localparam  sgl_keyed = 8'h40;
    localparam  sgl_keyed_invalidate = 8'h4f;
    localparam  sgl_in_capsule = 8'h1;
    localparam  zero_16 = 16'h0;
    localparam  zero_64 = 64'h0;
    localparam  zero_qp = 4'h0;
    localparam  one_qp = 4'h1;
    localparam  last_qp = 4'hf;
    localparam  bytes_1 = 16'h1;
    localparam  bytes_2 = 16'h2;
    localparam  bytes_3 = 16'h3;
    localparam  bytes_4 = 16'h4;
    localparam  bytes_5 = 16'h5;
    localparam  bytes_6 = 16'h6;
    localparam  bytes_7 = 16'h7;
    localparam  bytes_8 = 16'h8;
    localparam  one_slots = 512'h1;
    localparam  zero_slots = 512'h0;
    localparam  cleared = 47'h0;
    
    // Enums
    localparam ReceiverStep$Clear = 0;
    localparam ReceiverStep$Idle = 1;
    localparam ReceiverStep$Load = 2;
    localparam ReceiverStep$Stream = 3;
    
    // Stub signals
    reg  [3:0] progress$read_address;
    reg  progress$read_clock;
    wire  [46:0] progress$read_data;
    reg  [3:0] progress$write_address;
    reg  progress$write_clock;
    reg  [46:0] progress$write_data;
    reg  progress$write_enable;
    reg  [1:0] step$d;
    wire  [1:0] step$q;
    reg  step$clock;
    reg  [3:0] qp$d;
    wire  [3:0] qp$q;
    reg  qp$clock;
    reg  [46:0] work$d;
    wire  [46:0] work$q;
    reg  work$clock;
    reg  [3:0] clear_qp$d;
    wire  [3:0] clear_qp$q;
    reg  clear_qp$clock;
    reg  [8:0] queue$read_address;
    reg  queue$read_clock;
    wire  [48:0] queue$read_data;
    reg  [8:0] queue$write_address;
    reg  queue$write_clock;
    reg  [48:0] queue$write_data;
    reg  queue$write_enable;
    reg  [15:0] queue_write$d;
    wire  [15:0] queue_write$q;
    reg  queue_write$clock;
    reg  [15:0] queue_filled$d;
    wire  [15:0] queue_filled$q;
    reg  queue_filled$clock;
    reg  [15:0] queue_read$d;
    wire  [15:0] queue_read$q;
    reg  queue_read$clock;
    reg  [511:0] queued$d;
    wire  [511:0] queued$q;
    reg  queued$clock;
    reg  [511:0] receiving$d;
    wire  [511:0] receiving$q;
    reg  receiving$clock;
    
    // Local signals
    reg  [511:0] queued_set;
    reg  [511:0] queued_clear;
    reg  pop;
    reg  [511:0] receiving_set;
    reg  [511:0] receiving_clear;
    reg  [511:0] taken;
    reg  [511:0] qp_free;
    reg  [4:0] free_slot;
    reg  free_found;
    reg  [4:0] free_index;
    reg  [15:0] read_next;
    reg  [8:0] head_address;
    reg  [48:0] posted;
    reg  [46:0] next;
    reg  accept;
    reg  first;
    reg  [15:0] cid;
    reg  [4:0] slot;
    reg  [8:0] slot_address;
    reg  [15:0] word;
    reg  [15:0] keep_bytes;
    reg  [15:0] bytes_before;
    reg  short_of_sqe;
    reg  [3:0] sqe_bytes_lacking;
    reg  [7:0] sgl_type;
    
    // Sub module instances
    nic_core$connectors$connector_0$receiver$progress progress(
        .read_address(progress$read_address),
        .read_clock(progress$read_clock),
        .read_data(progress$read_data),
        .write_address(progress$write_address),
        .write_clock(progress$write_clock),
        .write_data(progress$write_data),
        .write_enable(progress$write_enable)
    );
    nic_core$connectors$connector_0$receiver$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    nic_core$connectors$connector_0$receiver$qp qp(
        .d(qp$d),
        .q(qp$q),
        .clock(qp$clock)
    );
    nic_core$connectors$connector_0$receiver$work work(
        .d(work$d),
        .q(work$q),
        .clock(work$clock)
    );
    nic_core$connectors$connector_0$receiver$clear_qp clear_qp(
        .d(clear_qp$d),
        .q(clear_qp$q),
        .clock(clear_qp$clock)
    );
    nic_core$connectors$connector_0$receiver$queue queue(
        .read_address(queue$read_address),
        .read_clock(queue$read_clock),
        .read_data(queue$read_data),
        .write_address(queue$write_address),
        .write_clock(queue$write_clock),
        .write_data(queue$write_data),
        .write_enable(queue$write_enable)
    );
    nic_core$connectors$connector_0$receiver$queue_write queue_write(
        .d(queue_write$d),
        .q(queue_write$q),
        .clock(queue_write$clock)
    );
    nic_core$connectors$connector_0$receiver$queue_filled queue_filled(
        .d(queue_filled$d),
        .q(queue_filled$q),
        .clock(queue_filled$clock)
    );
    nic_core$connectors$connector_0$receiver$queue_read queue_read(
        .d(queue_read$d),
        .q(queue_read$q),
        .clock(queue_read$clock)
    );
    nic_core$connectors$connector_0$receiver$queued queued(
        .d(queued$d),
        .q(queued$q),
        .clock(queued$clock)
    );
    nic_core$connectors$connector_0$receiver$receiving receiving(
        .d(receiving$d),
        .q(receiving$q),
        .clock(receiving$clock)
    );
    
    // Update code
    always @(*) begin
        step$clock = clock;
        qp$clock = clock;
        work$clock = clock;
        clear_qp$clock = clock;
        queue_write$clock = clock;
        queue_filled$clock = clock;
        queue_read$clock = clock;
        queued$clock = clock;
        receiving$clock = clock;
        step$d = step$q;
        qp$d = qp$q;
        work$d = work$q;
        clear_qp$d = clear_qp$q;
        queue_write$d = queue_write$q;
        queue_filled$d = queue_filled$q;
        queue_read$d = queue_read$q;
        queued$d = queued$q;
        receiving$d = receiving$q;
        slots_full = 1'b0;
        malformed_capsule = 1'b0;
        capsule_too_long = 1'b0;
        progress$read_clock = clock;
        progress$write_clock = clock;
        progress$read_address = s_axis_qp;
        progress$write_enable = 1'b0;
        progress$write_address = qp$q;
        progress$write_data = work$q;
        buffer_write_enable = 1'b0;
        s_axis_tready = 1'b0;
        queue$read_clock = clock;
        queue$write_clock = clock;
        capsule_valid = queue_filled$q != queue_read$q;
        capsule_qp = ((queue$read_data[(64'h0)+:(8)]) & 4'hf);
        capsule_cid = queue$read_data[(64'h10)+:(16)];
        capsule_slot = ((queue$read_data[(64'h8)+:(8)]) & 5'h1f);
        capsule_length = queue$read_data[(64'h20)+:(16)];
        capsule_admin_connect = queue$read_data[(64'h30)+:(1)];
        pop = capsule_valid & capsule_ready;
        head_address = (((capsule_qp) & 9'h1ff) << slot_bits) | ((capsule_slot) & 9'h1ff);
        queued_clear = zero_slots;
        read_next = queue_read$q;
        if (pop) begin
            queued_clear = one_slots << ((head_address) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            read_next = queue_read$q + bytes_1;
        end
        queue_read$d = read_next;
        queue$read_address = ((read_next) & 9'h1ff);
        queue_filled$d = queue_write$q;
        queued_set = zero_slots;
        receiving_set = zero_slots;
        receiving_clear = freed;
        accept = (step$q == ReceiverStep$Stream) & s_axis_tvalid;
        first = ~work$q[(64'h0)+:(1)];
        cid = work$q[(64'hf)+:(16)];
        if (first) begin
            cid = s_axis_tdata[(32'h10)+:(16)];
        end
        taken = busy | queued$q | receiving$q;
        qp_free = ~taken >> (((qp$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << slot_bits_wide);
        free_found = 1'b0;
        free_slot = zero_slot;
        free_index = zero_slot;
        if (qp_free[0] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[1] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[2] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[3] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[4] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[5] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[6] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[7] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[8] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[9] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[10] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[11] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[12] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[13] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[14] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[15] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[16] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[17] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[18] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[19] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[20] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[21] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[22] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[23] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[24] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[25] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[26] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[27] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[28] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[29] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[30] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[31] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        slot = ((work$q[(64'h2)+:(8)]) & 5'h1f);
        if (first) begin
            slot = free_slot;
        end
        slot_address = (((qp$q) & 9'h1ff) << slot_bits) | ((slot) & 9'h1ff);
        word = work$q[(64'h1f)+:(16)] >> 32'h3;
        if (first) begin
            word = zero_16;
        end
        keep_bytes = bytes_8;
        if (s_axis_tlast) begin
            keep_bytes = zero_16;
            if (s_axis_tkeep[32'h0]) begin
                keep_bytes = bytes_1;
            end
            if (s_axis_tkeep[32'h1]) begin
                keep_bytes = bytes_2;
            end
            if (s_axis_tkeep[32'h2]) begin
                keep_bytes = bytes_3;
            end
            if (s_axis_tkeep[32'h3]) begin
                keep_bytes = bytes_4;
            end
            if (s_axis_tkeep[32'h4]) begin
                keep_bytes = bytes_5;
            end
            if (s_axis_tkeep[32'h5]) begin
                keep_bytes = bytes_6;
            end
            if (s_axis_tkeep[32'h6]) begin
                keep_bytes = bytes_7;
            end
            if (s_axis_tkeep[32'h7]) begin
                keep_bytes = bytes_8;
            end
        end
        sgl_type = s_axis_tdata[(32'h38)+:(8)];
        probe_taken = ~|(~taken & (qp_slot_mask << (((probe_qp) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << slot_bits_wide)));
        next = work$q;
        if (first) begin
            next[(64'h0)+:(1)] = 1'b1;
            next[(64'h1)+:(1)] = ~free_found;
            next[(64'h2)+:(8)] = ((free_slot) & 8'hff);
            next[(64'ha)+:(1)] = 1'b0;
            next[(64'hb)+:(1)] = 1'b0;
            next[(64'hc)+:(1)] = 1'b0;
            next[(64'hd)+:(1)] = (s_axis_tdata[(32'h0)+:(8)] == opcode_fabrics) & (s_axis_tdata[(32'h20)+:(8)] == fctype_connect);
            next[(64'he)+:(1)] = 1'b0;
            next[(64'hf)+:(16)] = cid;
            next[(64'h1f)+:(16)] = zero_16;
        end
        if (word == word_3) begin
            next[(64'hb)+:(1)] = s_axis_tdata == zero_64;
        end
        if (word == word_4) begin
            next[(64'hc)+:(1)] = (sgl_type == sgl_keyed) | (sgl_type == sgl_keyed_invalidate) | (sgl_type == sgl_in_capsule) | ((s_axis_tdata == zero_64) & work$q[(64'hb)+:(1)]);
        end
        if (word == word_5) begin
            next[(64'he)+:(1)] = s_axis_tdata[(32'h10)+:(16)] == zero_16;
        end
        if ((word >> slot_word_bits_16) != zero_16) begin
            next[(64'ha)+:(1)] = 1'b1;
        end
        bytes_before = work$q[(64'h1f)+:(16)];
        if (first) begin
            bytes_before = zero_16;
        end
        if (~next[(64'ha)+:(1)]) begin
            next[(64'h1f)+:(16)] = bytes_before + keep_bytes;
        end
        sqe_bytes_lacking = sqe_last_byte_low - bytes_before[(32'h0)+:(4)];
        short_of_sqe = bytes_before < sqe_less_a_beat;
        if ((bytes_before >> 32'h3) == last_sqe_word) begin
            short_of_sqe = keep_bytes[(32'h0)+:(4)] <= sqe_bytes_lacking;
        end
        buffer_write_data = s_axis_tdata;
        buffer_write_address = (((slot_address) & 17'h1ffff) << slot_word_bits) | ((word[(32'h0)+:(8)]) & 17'h1ffff);
        posted[(64'h0)+:(8)] = ((qp$q) & 8'hff);
        posted[(64'h8)+:(8)] = ((slot) & 8'hff);
        posted[(64'h10)+:(16)] = cid;
        posted[(64'h20)+:(16)] = next[(64'h1f)+:(16)];
        posted[(64'h30)+:(1)] = next[(64'hd)+:(1)] & next[(64'he)+:(1)];
        queue$write_enable = 1'b0;
        queue$write_address = ((queue_write$q) & 9'h1ff);
        queue$write_data = posted;
        case (step$q)
            ReceiverStep$Clear:
                begin
                    progress$write_enable = 1'b1;
                    progress$write_address = clear_qp$q;
                    progress$write_data = cleared;
                    clear_qp$d = clear_qp$q + one_qp;
                    if (clear_qp$q == last_qp) begin
                        step$d = ReceiverStep$Idle;
                    end
                end
            ReceiverStep$Idle:
                begin
                    if (s_axis_tvalid) begin
                        qp$d = s_axis_qp;
                        step$d = ReceiverStep$Load;
                    end
                end
            ReceiverStep$Load:
                begin
                    work$d = progress$read_data;
                    step$d = ReceiverStep$Stream;
                end
            ReceiverStep$Stream:
                begin
                    s_axis_tready = 1'b1;
                    if (accept) begin
                        work$d = next;
                        buffer_write_enable = ~next[(64'h1)+:(1)] & ~next[(64'ha)+:(1)];
                        if (first & ~next[(64'h1)+:(1)]) begin
                            receiving_set = one_slots << ((slot_address) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
                        end
                        if (s_axis_tlast) begin
                            progress$write_enable = 1'b1;
                            progress$write_data = next;
                            step$d = ReceiverStep$Idle;
                            if (s_axis_message_end) begin
                                progress$write_data = cleared;
                                if (~next[(64'h1)+:(1)]) begin
                                    receiving_clear = freed | (one_slots << ((slot_address) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff));
                                end
                                if (next[(64'h1)+:(1)]) begin
                                    slots_full = 1'b1;
                                end
                                else if (short_of_sqe | ~next[(64'hc)+:(1)]) begin
                                    malformed_capsule = 1'b1;
                                end
                                else if (next[(64'ha)+:(1)]) begin
                                    capsule_too_long = 1'b1;
                                end
                                else begin
                                    queue$write_enable = 1'b1;
                                    queue_write$d = queue_write$q + bytes_1;
                                    queued_set = one_slots << ((slot_address) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
                                end
                            end
                        end
                    end
                end
            default:
                begin
                    step$d = ReceiverStep$Clear;
                end
        endcase
        queued$d = (queued$q | queued_set) & ~queued_clear;
        receiving$d = (receiving$q | receiving_set) & ~receiving_clear;
        if (reset) begin
            step$d = ReceiverStep$Clear;
            clear_qp$d = zero_qp;
            queue_write$d = zero_16;
            queue_filled$d = zero_16;
            queue_read$d = zero_16;
            queued$d = zero_slots;
            receiving$d = zero_slots;
        end
    end
    
endmodule // nic_core$connectors$connector_0$receiver


module nic_core$connectors$connector_0$receiver$clear_qp(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$receiver$clear_qp


module nic_core$connectors$connector_0$receiver$progress(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [46:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [46:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[46:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$connectors$connector_0$receiver$progress


module nic_core$connectors$connector_0$receiver$qp(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$receiver$qp


module nic_core$connectors$connector_0$receiver$queue(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [48:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [48:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[48:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$connectors$connector_0$receiver$queue


module nic_core$connectors$connector_0$receiver$queue_filled(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$receiver$queue_filled


module nic_core$connectors$connector_0$receiver$queue_read(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$receiver$queue_read


module nic_core$connectors$connector_0$receiver$queue_write(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$receiver$queue_write


module nic_core$connectors$connector_0$receiver$queued(d,q,clock);
    
    // Module arguments
    input wire  [511:0] d;
    output reg  [511:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 512'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$receiver$queued


module nic_core$connectors$connector_0$receiver$receiving(d,q,clock);
    
    // Module arguments
    input wire  [511:0] d;
    output reg  [511:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 512'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$receiver$receiving


module nic_core$connectors$connector_0$receiver$step(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam ReceiverStep$Clear = 0;
    localparam ReceiverStep$Idle = 1;
    localparam ReceiverStep$Load = 2;
    localparam ReceiverStep$Stream = 3;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$receiver$step


module nic_core$connectors$connector_0$receiver$work(d,q,clock);
    
    // Module arguments
    input wire  [46:0] d;
    output reg  [46:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 47'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$receiver$work


module nic_core$connectors$connector_0$resume(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam EngineStep$Clear = 0;
    localparam EngineStep$Idle = 1;
    localparam EngineStep$CapsuleLoad = 2;
    localparam EngineStep$CapsuleDecide = 3;
    localparam EngineStep$Reading = 4;
    localparam EngineStep$WqeDecide = 5;
    localparam EngineStep$CqeLoad = 6;
    localparam EngineStep$CqeDecide = 7;
    localparam EngineStep$WrIssue = 8;
    localparam EngineStep$CqeOut0 = 9;
    localparam EngineStep$CqeOut1 = 10;
    localparam EngineStep$DrainCheck = 11;
    localparam EngineStep$DrainTakeover = 12;
    localparam EngineStep$Sweeping = 13;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$resume


module nic_core$connectors$connector_0$serve_link(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$serve_link


module nic_core$connectors$connector_0$slot(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$slot


module nic_core$connectors$connector_0$step(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam EngineStep$Clear = 0;
    localparam EngineStep$Idle = 1;
    localparam EngineStep$CapsuleLoad = 2;
    localparam EngineStep$CapsuleDecide = 3;
    localparam EngineStep$Reading = 4;
    localparam EngineStep$WqeDecide = 5;
    localparam EngineStep$CqeLoad = 6;
    localparam EngineStep$CqeDecide = 7;
    localparam EngineStep$WrIssue = 8;
    localparam EngineStep$CqeOut0 = 9;
    localparam EngineStep$CqeOut1 = 10;
    localparam EngineStep$DrainCheck = 11;
    localparam EngineStep$DrainTakeover = 12;
    localparam EngineStep$Sweeping = 13;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$step


module nic_core$connectors$connector_0$sweep_paused(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$sweep_paused


module nic_core$connectors$connector_0$sweeper(clock,reset,start,start_kind,start_controller,active,link_waiting,available,busy,table_data,slot_cid,slot_length,emit_idle,qp,slot_address,table_write,table_entry,issue,issue_controller,issue_header,issue_next,issue_payload,issue_length,path_error,path_error_high,busy_clear,command_replayed,paused,done);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    input wire  [1:0] start_kind;
    input wire  start_controller;
    input wire  active;
    input wire  link_waiting;
    input wire  [1:0] available;
    input wire  [511:0] busy;
    input wire  [83:0] table_data;
    input wire  [15:0] slot_cid;
    input wire  [15:0] slot_length;
    input wire  emit_idle;
    output reg  [3:0] qp;
    output reg  [8:0] slot_address;
    output reg  table_write;
    output reg  [83:0] table_entry;
    output reg  issue;
    output reg  issue_controller;
    output reg  [63:0] issue_header;
    output reg  [2:0] issue_next;
    output reg  [63:0] issue_payload;
    output reg  [15:0] issue_length;
    output reg  path_error;
    output reg  [63:0] path_error_high;
    output reg  [511:0] busy_clear;
    output reg  command_replayed;
    output reg  paused;
    output reg  done;
    
    // Constant declarations
    localparam  first_qp = 4'h0;
    localparam  next_qp = 4'h1;
    localparam  last_qp = 4'hf;
    localparam  first_slot = 5'b0;
    localparam  next_slot = 5'b1;
    localparam  slot_shift = 9'b101;
    localparam  slot_shift_wide = 512'h5;
    localparam  qp_slot_mask = 512'hffffffff;
    localparam  one_slot_bit = 512'h1;
    localparam  no_slots = 512'h0;
    localparam  nothing_outstanding = 8'h0;
    localparam  type_command = 64'h1;
    localparam  type_takeover = 64'h800000002;
    localparam  flag_replay = 64'h100;
    localparam  path_error_status = 64'h6e0000000000000;
    localparam  cid_above_slot = 16'hffe0;
    localparam  shift_16 = 64'h10;
    localparam  shift_32 = 64'h20;
    localparam  shift_48 = 64'h30;
    
    // Enums
    localparam SweepKind$Fail = 0;
    localparam SweepKind$Readmit = 1;
    localparam SweepKind$Failback = 2;
    localparam EmitStep$Idle = 0;
    localparam EmitStep$Header = 1;
    localparam EmitStep$Payload = 2;
    localparam EmitStep$Slot = 3;
    localparam EmitStep$ReadLookup = 4;
    localparam EmitStep$ReadPass = 5;
    localparam SweepStep$Idle = 0;
    localparam SweepStep$Load = 1;
    localparam SweepStep$Decide = 2;
    localparam SweepStep$Takeover = 3;
    localparam SweepStep$SlotLoad = 4;
    localparam SweepStep$SlotAct = 5;
    localparam SweepStep$SlotNext = 6;
    localparam SweepStep$Write = 7;
    localparam SweepStep$Next = 8;
    localparam SweepStep$Resume = 9;
    localparam SweepStep$ResumeEntry = 10;
    
    // Stub signals
    reg  [3:0] step$d;
    wire  [3:0] step$q;
    reg  step$clock;
    reg  [1:0] kind$d;
    wire  [1:0] kind$q;
    reg  kind$clock;
    reg  controller$d;
    wire  controller$q;
    reg  controller$clock;
    reg  [3:0] at_qp$d;
    wire  [3:0] at_qp$q;
    reg  at_qp$clock;
    reg  [4:0] slot$d;
    wire  [4:0] slot$q;
    reg  slot$clock;
    reg  [83:0] entry$d;
    wire  [83:0] entry$q;
    reg  entry$clock;
    reg  at_takeover$d;
    wire  at_takeover$q;
    reg  at_takeover$clock;
    
    // Local signals
    reg  [83:0] decided;
    reg  waits_for_emitter;
    reg  [511:0] slot_bit;
    reg  slot_busy;
    reg  [511:0] qp_slots;
    reg  qp_busy;
    reg  later_busy;
    reg  [15:0] controller_cid;
    
    // Sub module instances
    nic_core$connectors$connector_0$sweeper$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    nic_core$connectors$connector_0$sweeper$kind kind(
        .d(kind$d),
        .q(kind$q),
        .clock(kind$clock)
    );
    nic_core$connectors$connector_0$sweeper$controller controller(
        .d(controller$d),
        .q(controller$q),
        .clock(controller$clock)
    );
    nic_core$connectors$connector_0$sweeper$at_qp at_qp(
        .d(at_qp$d),
        .q(at_qp$q),
        .clock(at_qp$clock)
    );
    nic_core$connectors$connector_0$sweeper$slot slot(
        .d(slot$d),
        .q(slot$q),
        .clock(slot$clock)
    );
    nic_core$connectors$connector_0$sweeper$entry entry(
        .d(entry$d),
        .q(entry$q),
        .clock(entry$clock)
    );
    nic_core$connectors$connector_0$sweeper$at_takeover at_takeover(
        .d(at_takeover$d),
        .q(at_takeover$q),
        .clock(at_takeover$clock)
    );
    
    // Update code
    always @(*) begin
        step$clock = clock;
        kind$clock = clock;
        controller$clock = clock;
        at_qp$clock = clock;
        slot$clock = clock;
        entry$clock = clock;
        at_takeover$clock = clock;
        step$d = step$q;
        kind$d = kind$q;
        controller$d = controller$q;
        at_qp$d = at_qp$q;
        slot$d = slot$q;
        entry$d = entry$q;
        at_takeover$d = at_takeover$q;
        qp = at_qp$q;
        slot_address = (((at_qp$q) & 9'h1ff) << slot_shift) | ((slot$q) & 9'h1ff);
        slot_bit = one_slot_bit << ((slot_address) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        slot_busy = |(busy & slot_bit);
        qp_slots = qp_slot_mask << (((at_qp$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << slot_shift_wide);
        qp_busy = |(busy & qp_slots);
        later_busy = |(busy & ~((slot_bit << one_slot_bit) - one_slot_bit) & qp_slots);
        controller_cid = (slot_cid & cid_above_slot) | ((slot$q) & 16'hffff);
        table_write = 1'b0;
        table_entry = entry$q;
        issue = 1'b0;
        issue_controller = entry$q[(64'h1)+:(1)];
        issue_header = type_takeover | (((at_qp$q) & 64'hffffffffffffffff) << shift_16);
        issue_next = EmitStep$Payload;
        issue_payload = ((entry$q[(64'h5)+:(16)]) & 64'hffffffffffffffff) | (((entry$q[(64'h15)+:(7)]) & 64'hffffffffffffffff) << shift_16) | (((entry$q[(64'h2c)+:(8)]) & 64'hffffffffffffffff) << shift_32);
        issue_length = slot_length;
        path_error = 1'b0;
        path_error_high = ((entry$q[(64'h15)+:(7)]) & 64'hffffffffffffffff) | path_error_status | (((slot_cid) & 64'hffffffffffffffff) << shift_32);
        busy_clear = no_slots;
        command_replayed = 1'b0;
        paused = 1'b0;
        done = 1'b0;
        decided = table_data;
        waits_for_emitter = 1'b0;
        if (active) begin
            case (step$q)
                SweepStep$Load:
                    begin
                        step$d = SweepStep$Decide;
                    end
                SweepStep$Decide:
                    begin
                        step$d = SweepStep$Next;
                        case (kind$q)
                            SweepKind$Fail:
                                begin
                                    if (table_data[(64'h0)+:(1)] & (table_data[(64'h1)+:(1)] == controller$q) & ~table_data[(64'h3)+:(1)]) begin
                                        decided[(64'h4)+:(1)] = 1'b0;
                                        if ((available[32'h1] & ~controller$q) | (available[32'h0] & controller$q)) begin
                                            decided[(64'h1)+:(1)] = ~controller$q;
                                            table_write = 1'b1;
                                            step$d = SweepStep$Takeover;
                                        end
                                        else begin
                                            decided[(64'h3)+:(1)] = 1'b1;
                                            slot$d = first_slot;
                                            step$d = SweepStep$SlotLoad;
                                        end
                                    end
                                end
                            SweepKind$Readmit:
                                begin
                                    if (table_data[(64'h0)+:(1)] & table_data[(64'h3)+:(1)]) begin
                                        decided[(64'h1)+:(1)] = controller$q;
                                        decided[(64'h3)+:(1)] = 1'b0;
                                        step$d = SweepStep$Takeover;
                                    end
                                end
                            default:
                                begin
                                    if (table_data[(64'h0)+:(1)] & ~table_data[(64'h3)+:(1)] & ~table_data[(64'h4)+:(1)] & (table_data[(64'h1)+:(1)] != table_data[(64'h2)+:(1)]) & ((available[32'h1] & table_data[(64'h2)+:(1)]) | (available[32'h0] & ~table_data[(64'h2)+:(1)]))) begin
                                        if (table_data[(64'h2c)+:(8)] == nothing_outstanding) begin
                                            decided[(64'h1)+:(1)] = table_data[(64'h2)+:(1)];
                                            step$d = SweepStep$Takeover;
                                        end
                                        else begin
                                            decided[(64'h4)+:(1)] = 1'b1;
                                            step$d = SweepStep$Write;
                                        end
                                    end
                                end
                        endcase
                        table_entry = decided;
                        entry$d = decided;
                    end
                SweepStep$Takeover:
                    begin
                        if (emit_idle) begin
                            issue = 1'b1;
                            slot$d = first_slot;
                            step$d = SweepStep$SlotLoad;
                            if (~qp_busy) begin
                                step$d = SweepStep$Write;
                            end
                        end
                        else begin
                            waits_for_emitter = 1'b1;
                        end
                    end
                SweepStep$SlotLoad:
                    begin
                        step$d = SweepStep$SlotAct;
                    end
                SweepStep$SlotAct:
                    begin
                        if (~slot_busy) begin
                            slot$d = slot$q + next_slot;
                            step$d = SweepStep$SlotLoad;
                            if (~later_busy) begin
                                step$d = SweepStep$Write;
                            end
                        end
                        else if (entry$q[(64'h3)+:(1)]) begin
                            busy_clear = slot_bit;
                            path_error = 1'b1;
                            step$d = SweepStep$SlotNext;
                        end
                        else if (emit_idle) begin
                            issue = 1'b1;
                            issue_header = type_command | flag_replay | (((at_qp$q) & 64'hffffffffffffffff) << shift_16) | (((slot_length) & 64'hffffffffffffffff) << shift_32) | (((controller_cid) & 64'hffffffffffffffff) << shift_48);
                            issue_next = EmitStep$Slot;
                            command_replayed = 1'b1;
                            step$d = SweepStep$SlotNext;
                        end
                        else begin
                            waits_for_emitter = 1'b1;
                        end
                    end
                SweepStep$SlotNext:
                    begin
                        slot$d = slot$q + next_slot;
                        step$d = SweepStep$SlotLoad;
                        if (~later_busy) begin
                            step$d = SweepStep$Write;
                        end
                    end
                SweepStep$Write:
                    begin
                        if (entry$q[(64'h3)+:(1)]) begin
                            table_entry[(64'h2c)+:(8)] = nothing_outstanding;
                        end
                        table_write = (kind$q != SweepKind$Fail) | entry$q[(64'h3)+:(1)];
                        step$d = SweepStep$Next;
                    end
                SweepStep$Next:
                    begin
                        at_qp$d = at_qp$q + next_qp;
                        step$d = SweepStep$Load;
                        if (at_qp$q == last_qp) begin
                            done = 1'b1;
                            step$d = SweepStep$Idle;
                        end
                    end
                SweepStep$Resume:
                    begin
                        step$d = SweepStep$ResumeEntry;
                    end
                SweepStep$ResumeEntry:
                    begin
                        entry$d = table_data;
                        step$d = SweepStep$SlotLoad;
                        if (at_takeover$q) begin
                            step$d = SweepStep$Takeover;
                        end
                    end
                default:
                    begin
                    end
            endcase
        end
        if (waits_for_emitter & (kind$q == SweepKind$Fail) & link_waiting) begin
            paused = 1'b1;
            at_takeover$d = step$q == SweepStep$Takeover;
            step$d = SweepStep$Resume;
        end
        if (start) begin
            kind$d = start_kind;
            controller$d = start_controller;
            at_qp$d = first_qp;
            step$d = SweepStep$Load;
        end
        if (reset) begin
            step$d = SweepStep$Idle;
        end
    end
    
endmodule // nic_core$connectors$connector_0$sweeper


module nic_core$connectors$connector_0$sweeper$at_qp(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$sweeper$at_qp


module nic_core$connectors$connector_0$sweeper$at_takeover(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$sweeper$at_takeover


module nic_core$connectors$connector_0$sweeper$controller(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$sweeper$controller


module nic_core$connectors$connector_0$sweeper$entry(d,q,clock);
    
    // Module arguments
    input wire  [83:0] d;
    output reg  [83:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 84'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$sweeper$entry


module nic_core$connectors$connector_0$sweeper$kind(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam SweepKind$Fail = 0;
    localparam SweepKind$Readmit = 1;
    localparam SweepKind$Failback = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$sweeper$kind


module nic_core$connectors$connector_0$sweeper$slot(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$sweeper$slot


module nic_core$connectors$connector_0$sweeper$step(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam SweepStep$Idle = 0;
    localparam SweepStep$Load = 1;
    localparam SweepStep$Decide = 2;
    localparam SweepStep$Takeover = 3;
    localparam SweepStep$SlotLoad = 4;
    localparam SweepStep$SlotAct = 5;
    localparam SweepStep$SlotNext = 6;
    localparam SweepStep$Write = 7;
    localparam SweepStep$Next = 8;
    localparam SweepStep$Resume = 9;
    localparam SweepStep$ResumeEntry = 10;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$sweeper$step


module nic_core$connectors$connector_0$work_caused(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$work_caused


module nic_core$connectors$connector_0$work_kind(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$work_kind


module nic_core$connectors$connector_0$work_length(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$work_length


module nic_core$connectors$connector_0$work_rkey(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$work_rkey


module nic_core$connectors$connector_0$work_tag(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_0$work_tag


module nic_core$connectors$connector_1(clock,reset,s_axis_tdata,s_axis_tkeep,s_axis_tlast,s_axis_tvalid,s_axis_tready,s_axis_qp,s_axis_message_end,cfg_valid,cfg_ready,cfg_qp,cfg_enable,cfg_controller,link_up,fenced,available,fail_start,fence_request,readmit,failback,fence_acked,heard,work_from,links$from_a$tdata,links$from_a$tlast,links$from_a$tvalid,links$from_a$tready,links$from_b$tdata,links$from_b$tlast,links$from_b$tvalid,links$from_b$tready,links$to_controller$tdata,links$to_controller$tlast,links$to_controller$tvalid,links$to_controller$tready,work$valid,work$ready,work$qp,work$kind,work$length,work$va,work$rkey,work$tag,work$payload$tdata,work$payload$tlast,work$payload$tvalid,work$payload$tready,work$read$tdata,work$read$tlast,work$read$tvalid,work$read$tready,work$read$tag,work$read$length,work$read$last,counters$commands_forwarded,counters$completions_delivered,counters$unknown_qp,counters$slots_full,counters$malformed_capsule,counters$capsule_too_long,counters$wqe_unknown_qp,counters$wqe_malformed,counters$cqe_unknown_cid,counters$read_data_unknown,counters$wrong_link,counters$commands_replayed,counters$late_discarded,counters$takeovers_acked,counters$path_errors_sent,counters$writes_truncated,probe_qp,probe_taken);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] s_axis_tdata;
    input wire  [7:0] s_axis_tkeep;
    input wire  s_axis_tlast;
    input wire  s_axis_tvalid;
    output reg  s_axis_tready;
    input wire  [3:0] s_axis_qp;
    input wire  s_axis_message_end;
    input wire  cfg_valid;
    output reg  cfg_ready;
    input wire  [3:0] cfg_qp;
    input wire  cfg_enable;
    input wire  cfg_controller;
    input wire  [1:0] link_up;
    input wire  [1:0] fenced;
    input wire  [1:0] available;
    input wire  [1:0] fail_start;
    input wire  [1:0] fence_request;
    input wire  [1:0] readmit;
    input wire  failback;
    output reg  [1:0] fence_acked;
    output reg  [1:0] heard;
    output reg  [1:0] work_from;
    input wire  [63:0] links$from_a$tdata;
    input wire  links$from_a$tlast;
    input wire  links$from_a$tvalid;
    output wire  links$from_a$tready;
    input wire  [63:0] links$from_b$tdata;
    input wire  links$from_b$tlast;
    input wire  links$from_b$tvalid;
    output wire  links$from_b$tready;
    output wire  [63:0] links$to_controller$tdata;
    output wire  links$to_controller$tlast;
    output wire  [1:0] links$to_controller$tvalid;
    input wire  [1:0] links$to_controller$tready;
    output reg  work$valid;
    input wire  work$ready;
    output reg  [3:0] work$qp;
    output reg  [1:0] work$kind;
    output reg  [15:0] work$length;
    output reg  [63:0] work$va;
    output reg  [31:0] work$rkey;
    output reg  [7:0] work$tag;
    output reg  [63:0] work$payload$tdata;
    output reg  work$payload$tlast;
    output reg  work$payload$tvalid;
    input wire  work$payload$tready;
    input wire  [63:0] work$read$tdata;
    input wire  work$read$tlast;
    input wire  work$read$tvalid;
    output wire  work$read$tready;
    input wire  [7:0] work$read$tag;
    input wire  [12:0] work$read$length;
    input wire  work$read$last;
    output wire  [31:0] counters$commands_forwarded;
    output wire  [31:0] counters$completions_delivered;
    output wire  [31:0] counters$unknown_qp;
    output wire  [31:0] counters$slots_full;
    output wire  [31:0] counters$malformed_capsule;
    output wire  [31:0] counters$capsule_too_long;
    output wire  [31:0] counters$wqe_unknown_qp;
    output wire  [31:0] counters$wqe_malformed;
    output wire  [31:0] counters$cqe_unknown_cid;
    output wire  [31:0] counters$read_data_unknown;
    output wire  [31:0] counters$wrong_link;
    output wire  [31:0] counters$commands_replayed;
    output wire  [31:0] counters$late_discarded;
    output wire  [31:0] counters$takeovers_acked;
    output wire  [31:0] counters$path_errors_sent;
    output wire  [31:0] counters$writes_truncated;
    input wire  [3:0] probe_qp;
    output reg  probe_taken;
    
    // Constant declarations
    localparam  one_qp = 4'h1;
    localparam  zero_qp = 4'h0;
    localparam  last_qp = 4'hf;
    localparam  slot_shift = 9'b101;
    localparam  slot_shift_wide = 512'h5;
    localparam  slot_mask_wide = 512'hffffffff;
    localparam  one_slots = 512'h1;
    localparam  zero_slots = 512'h0;
    localparam  type_command = 64'h1;
    localparam  type_takeover = 64'h800000002;
    localparam  type_fence = 64'h4;
    localparam  kind_send = 2'b0;
    localparam  kind_send_invalidate = 2'b1;
    localparam  kind_write = 2'b10;
    localparam  kind_read = 2'b11;
    localparam  path_error_status = 64'h6e0000000000000;
    localparam  status_mask = 16'hffe;
    localparam  cid_above_slot = 16'hffe0;
    localparam  cqe_cid_field = 64'hffff00000000;
    localparam  shift_16 = 64'h10;
    localparam  shift_32 = 64'h20;
    localparam  shift_48 = 64'h30;
    localparam  cqe_bytes = 16'h10;
    localparam  bit_a = 2'b1;
    localparam  bit_b = 2'b10;
    localparam  zero_2 = 2'b0;
    localparam  zero_32 = 32'h0;
    localparam  zero_16 = 16'h0;
    localparam  one_16 = 16'h1;
    localparam  zero_64 = 64'h0;
    localparam  one_8 = 8'h1;
    localparam  zero_8 = 8'h0;
    localparam  cleared_entry = 84'h0;
    localparam  one_sq = 7'b1;
    
    // Enums
    localparam EngineStep$Clear = 0;
    localparam EngineStep$Idle = 1;
    localparam EngineStep$CapsuleLoad = 2;
    localparam EngineStep$CapsuleDecide = 3;
    localparam EngineStep$Reading = 4;
    localparam EngineStep$WqeDecide = 5;
    localparam EngineStep$CqeLoad = 6;
    localparam EngineStep$CqeDecide = 7;
    localparam EngineStep$WrIssue = 8;
    localparam EngineStep$CqeOut0 = 9;
    localparam EngineStep$CqeOut1 = 10;
    localparam EngineStep$DrainCheck = 11;
    localparam EngineStep$DrainTakeover = 12;
    localparam EngineStep$Sweeping = 13;
    localparam SweepKind$Fail = 0;
    localparam SweepKind$Readmit = 1;
    localparam SweepKind$Failback = 2;
    localparam EmitStep$Idle = 0;
    localparam EmitStep$Header = 1;
    localparam EmitStep$Payload = 2;
    localparam EmitStep$Slot = 3;
    localparam EmitStep$ReadLookup = 4;
    localparam EmitStep$ReadPass = 5;
    
    // Stub signals
    reg  receiver$clock;
    reg  receiver$reset;
    reg  [63:0] receiver$s_axis_tdata;
    reg  [7:0] receiver$s_axis_tkeep;
    reg  receiver$s_axis_tlast;
    reg  receiver$s_axis_tvalid;
    wire  receiver$s_axis_tready;
    reg  [3:0] receiver$s_axis_qp;
    reg  receiver$s_axis_message_end;
    reg  [511:0] receiver$busy;
    wire  receiver$buffer_write_enable;
    wire  [16:0] receiver$buffer_write_address;
    wire  [63:0] receiver$buffer_write_data;
    wire  receiver$capsule_valid;
    reg  receiver$capsule_ready;
    wire  [3:0] receiver$capsule_qp;
    wire  [4:0] receiver$capsule_slot;
    wire  [15:0] receiver$capsule_cid;
    wire  [15:0] receiver$capsule_length;
    wire  receiver$capsule_admin_connect;
    reg  [511:0] receiver$freed;
    reg  [3:0] receiver$probe_qp;
    wire  receiver$probe_taken;
    wire  receiver$slots_full;
    wire  receiver$malformed_capsule;
    wire  receiver$capsule_too_long;
    reg  [3:0] qp_table$read_address;
    reg  qp_table$read_clock;
    wire  [83:0] qp_table$read_data;
    reg  [3:0] qp_table$write_address;
    reg  qp_table$write_clock;
    reg  [83:0] qp_table$write_data;
    reg  qp_table$write_enable;
    reg  [8:0] meta$read_address;
    reg  meta$read_clock;
    wire  [32:0] meta$read_data;
    reg  [8:0] meta$write_address;
    reg  meta$write_clock;
    reg  [32:0] meta$write_data;
    reg  meta$write_enable;
    reg  [16:0] buffer$read_address;
    reg  buffer$read_clock;
    wire  [63:0] buffer$read_data;
    reg  [16:0] buffer$write_address;
    reg  buffer$write_clock;
    reg  [63:0] buffer$write_data;
    reg  buffer$write_enable;
    reg  [511:0] busy$d;
    wire  [511:0] busy$q;
    reg  busy$clock;
    reg  [3:0] step$d;
    wire  [3:0] step$q;
    reg  step$clock;
    reg  [3:0] resume$d;
    wire  [3:0] resume$q;
    reg  resume$clock;
    reg  [3:0] qp$d;
    wire  [3:0] qp$q;
    reg  qp$clock;
    reg  [4:0] slot$d;
    wire  [4:0] slot$q;
    reg  slot$clock;
    reg  [83:0] entry$d;
    wire  [83:0] entry$q;
    reg  entry$clock;
    reg  [63:0] cqe_low$d;
    wire  [63:0] cqe_low$q;
    reg  cqe_low$clock;
    reg  [63:0] cqe_high$d;
    wire  [63:0] cqe_high$q;
    reg  cqe_high$clock;
    reg  mover$clock;
    reg  mover$reset;
    reg  mover$start;
    reg  mover$start_src;
    reg  [15:0] mover$start_length;
    wire  mover$busy;
    wire  mover$src;
    reg  [63:0] mover$from_a_tdata;
    reg  mover$from_a_tvalid;
    reg  mover$from_a_tlast;
    reg  [63:0] mover$from_b_tdata;
    reg  mover$from_b_tvalid;
    reg  mover$from_b_tlast;
    wire  mover$take;
    reg  [1:0] mover$available;
    wire  [63:0] mover$payload_tdata;
    wire  mover$payload_tlast;
    wire  mover$payload_tvalid;
    reg  mover$payload_tready;
    wire  [1:0] mover$skip;
    wire  mover$write_truncated;
    reg  [1:0] work_kind$d;
    wire  [1:0] work_kind$q;
    reg  work_kind$clock;
    reg  [15:0] work_length$d;
    wire  [15:0] work_length$q;
    reg  work_length$clock;
    reg  [7:0] work_tag$d;
    wire  [7:0] work_tag$q;
    reg  work_tag$clock;
    reg  [31:0] work_rkey$d;
    wire  [31:0] work_rkey$q;
    reg  work_rkey$clock;
    reg  work_caused$d;
    wire  work_caused$q;
    reg  work_caused$clock;
    reg  sweeper$clock;
    reg  sweeper$reset;
    reg  sweeper$start;
    reg  [1:0] sweeper$start_kind;
    reg  sweeper$start_controller;
    reg  sweeper$active;
    reg  sweeper$link_waiting;
    reg  [1:0] sweeper$available;
    reg  [511:0] sweeper$busy;
    reg  [83:0] sweeper$table_data;
    reg  [15:0] sweeper$slot_cid;
    reg  [15:0] sweeper$slot_length;
    reg  sweeper$emit_idle;
    wire  [3:0] sweeper$qp;
    wire  [8:0] sweeper$slot_address;
    wire  sweeper$table_write;
    wire  [83:0] sweeper$table_entry;
    wire  sweeper$issue;
    wire  sweeper$issue_controller;
    wire  [63:0] sweeper$issue_header;
    wire  [2:0] sweeper$issue_next;
    wire  [63:0] sweeper$issue_payload;
    wire  [15:0] sweeper$issue_length;
    wire  sweeper$path_error;
    wire  [63:0] sweeper$path_error_high;
    wire  [511:0] sweeper$busy_clear;
    wire  sweeper$command_replayed;
    wire  sweeper$paused;
    wire  sweeper$done;
    reg  sweep_paused$d;
    wire  sweep_paused$q;
    reg  sweep_paused$clock;
    reg  serve_link$d;
    wire  serve_link$q;
    reg  serve_link$clock;
    reg  [1:0] fail_pending$d;
    wire  [1:0] fail_pending$q;
    reg  fail_pending$clock;
    reg  [1:0] fence_pending$d;
    wire  [1:0] fence_pending$q;
    reg  fence_pending$clock;
    reg  [1:0] readmit_pending$d;
    wire  [1:0] readmit_pending$q;
    reg  readmit_pending$clock;
    reg  failback_pending$d;
    wire  failback_pending$q;
    reg  failback_pending$clock;
    reg  [1:0] fence_sent$d;
    wire  [1:0] fence_sent$q;
    reg  fence_sent$clock;
    reg  capsule_blocked$d;
    wire  capsule_blocked$q;
    reg  capsule_blocked$clock;
    reg  prefer_link$d;
    wire  prefer_link$q;
    reg  prefer_link$clock;
    reg  [3:0] clear_qp$d;
    wire  [3:0] clear_qp$q;
    reg  clear_qp$clock;
    reg  emitter$clock;
    reg  emitter$reset;
    reg  [1:0] emitter$link_up;
    reg  [1:0] emitter$fenced;
    reg  [1:0] emitter$available;
    reg  emitter$issue;
    reg  emitter$issue_controller;
    reg  [63:0] emitter$issue_header;
    reg  [2:0] emitter$issue_next;
    reg  emitter$issue_fence;
    reg  [63:0] emitter$issue_payload;
    reg  [8:0] emitter$issue_slot;
    reg  [15:0] emitter$issue_length;
    wire  emitter$idle;
    wire  [16:0] emitter$buffer_address;
    reg  [63:0] emitter$buffer_data;
    wire  [1:0] emitter$read_table_address;
    reg  [22:0] emitter$read_table_entry;
    reg  [3:0] emitter$read_live;
    wire  [3:0] emitter$read_retire;
    wire  emitter$read_data_unknown;
    reg  intake$clock;
    reg  intake$reset;
    reg  [1:0] intake$link_up;
    reg  [1:0] intake$fenced;
    reg  [1:0] intake$available;
    wire  [1:0] intake$heard;
    wire  intake$waiting;
    wire  intake$offered$from_b;
    wire  [7:0] intake$offered$kind;
    wire  [47:0] intake$offered$fields;
    wire  intake$offered$last;
    reg  intake$take_header;
    reg  intake$beat$src;
    wire  [63:0] intake$beat$data;
    wire  intake$beat$last;
    wire  intake$beat$valid;
    wire  intake$beat$lost;
    reg  intake$beat$take;
    reg  intake$mover_busy;
    reg  intake$mover_src;
    reg  intake$mover_take;
    reg  [1:0] intake$skip;
    reg  reader$clock;
    reg  reader$reset;
    reg  reader$take_header;
    reg  reader$offered$from_b;
    reg  [7:0] reader$offered$kind;
    reg  [47:0] reader$offered$fields;
    reg  reader$offered$last;
    reg  reader$read_cqe;
    wire  reader$beat$src;
    reg  [63:0] reader$beat$data;
    reg  reader$beat$last;
    reg  reader$beat$valid;
    reg  reader$beat$lost;
    wire  reader$beat$take;
    reg  [1:0] reader$fenced;
    reg  [1:0] reader$fence_sent;
    wire  reader$finished;
    wire  reader$descriptor_read;
    wire  reader$cqe_low_read;
    wire  reader$cqe_read;
    wire  [1:0] reader$skip;
    wire  [1:0] reader$fence_acked;
    wire  reader$late_discarded;
    wire  reader$wqe_unknown_qp;
    wire  reader$wqe_malformed;
    wire  reader$takeover_acked;
    wire  reader$src;
    wire  [1:0] reader$src_bit;
    wire  reader$ended;
    wire  [15:0] reader$tag;
    wire  [15:0] reader$length;
    wire  [63:0] reader$va;
    wire  [31:0] reader$rkey;
    wire  [31:0] reader$invalidate;
    wire  reader$write_ok;
    wire  reader$read_ok;
    wire  reader$send_ok;
    wire  reader$send_invalidate;
    reg  read_table$clock;
    reg  read_table$reset;
    wire  read_table$has_free;
    wire  [7:0] read_table$next_tag;
    reg  read_table$allocate;
    reg  read_table$controller;
    reg  [15:0] read_table$tag;
    reg  read_table$forget;
    reg  [1:0] read_table$lookup_index;
    wire  [22:0] read_table$lookup_entry;
    wire  [3:0] read_table$live;
    reg  [3:0] read_table$retire;
    reg  count$clock;
    reg  count$reset;
    reg  count$command_forwarded;
    reg  count$completion_delivered;
    reg  count$unknown_qp;
    reg  count$slots_full;
    reg  count$malformed_capsule;
    reg  count$capsule_too_long;
    reg  count$wqe_unknown_qp;
    reg  count$wqe_malformed;
    reg  count$cqe_unknown_cid;
    reg  count$read_data_unknown;
    reg  count$wrong_link;
    reg  count$command_replayed;
    reg  count$late_discarded;
    reg  count$takeover_acked;
    reg  count$path_error_sent;
    reg  count$write_truncated;
    
    // Local signals
    reg  pick_link;
    reg  take_header;
    reg  read_cqe;
    reg  mover_start;
    reg  capsule_ok;
    reg  [1:0] pending_bit;
    reg  finish;
    reg  [1:0] skip_set;
    reg  [83:0] table_entry;
    reg  [8:0] slot_address;
    reg  [511:0] slot_bit;
    reg  slot_busy;
    reg  [511:0] qp_slots;
    reg  [511:0] busy_set;
    reg  [511:0] busy_clear;
    reg  issue;
    reg  issue_controller;
    reg  [63:0] issue_header;
    reg  [2:0] issue_next;
    reg  issue_fence;
    reg  [63:0] issue_payload;
    reg  [15:0] issue_length;
    reg  emit_idle;
    reg  [15:0] cqe_cid;
    reg  [15:0] capsule_controller_cid;
    reg  [15:0] slot_controller_cid;
    reg  cqe_status_ok;
    
    // Sub module instances
    nic_core$connectors$connector_1$receiver receiver(
        .clock(receiver$clock),
        .reset(receiver$reset),
        .s_axis_tdata(receiver$s_axis_tdata),
        .s_axis_tkeep(receiver$s_axis_tkeep),
        .s_axis_tlast(receiver$s_axis_tlast),
        .s_axis_tvalid(receiver$s_axis_tvalid),
        .s_axis_tready(receiver$s_axis_tready),
        .s_axis_qp(receiver$s_axis_qp),
        .s_axis_message_end(receiver$s_axis_message_end),
        .busy(receiver$busy),
        .buffer_write_enable(receiver$buffer_write_enable),
        .buffer_write_address(receiver$buffer_write_address),
        .buffer_write_data(receiver$buffer_write_data),
        .capsule_valid(receiver$capsule_valid),
        .capsule_ready(receiver$capsule_ready),
        .capsule_qp(receiver$capsule_qp),
        .capsule_slot(receiver$capsule_slot),
        .capsule_cid(receiver$capsule_cid),
        .capsule_length(receiver$capsule_length),
        .capsule_admin_connect(receiver$capsule_admin_connect),
        .freed(receiver$freed),
        .probe_qp(receiver$probe_qp),
        .probe_taken(receiver$probe_taken),
        .slots_full(receiver$slots_full),
        .malformed_capsule(receiver$malformed_capsule),
        .capsule_too_long(receiver$capsule_too_long)
    );
    nic_core$connectors$connector_1$qp_table qp_table(
        .read_address(qp_table$read_address),
        .read_clock(qp_table$read_clock),
        .read_data(qp_table$read_data),
        .write_address(qp_table$write_address),
        .write_clock(qp_table$write_clock),
        .write_data(qp_table$write_data),
        .write_enable(qp_table$write_enable)
    );
    nic_core$connectors$connector_1$meta meta(
        .read_address(meta$read_address),
        .read_clock(meta$read_clock),
        .read_data(meta$read_data),
        .write_address(meta$write_address),
        .write_clock(meta$write_clock),
        .write_data(meta$write_data),
        .write_enable(meta$write_enable)
    );
    nic_core$connectors$connector_1$buffer buffer(
        .read_address(buffer$read_address),
        .read_clock(buffer$read_clock),
        .read_data(buffer$read_data),
        .write_address(buffer$write_address),
        .write_clock(buffer$write_clock),
        .write_data(buffer$write_data),
        .write_enable(buffer$write_enable)
    );
    nic_core$connectors$connector_1$busy busy(
        .d(busy$d),
        .q(busy$q),
        .clock(busy$clock)
    );
    nic_core$connectors$connector_1$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    nic_core$connectors$connector_1$resume resume(
        .d(resume$d),
        .q(resume$q),
        .clock(resume$clock)
    );
    nic_core$connectors$connector_1$qp qp(
        .d(qp$d),
        .q(qp$q),
        .clock(qp$clock)
    );
    nic_core$connectors$connector_1$slot slot(
        .d(slot$d),
        .q(slot$q),
        .clock(slot$clock)
    );
    nic_core$connectors$connector_1$entry entry(
        .d(entry$d),
        .q(entry$q),
        .clock(entry$clock)
    );
    nic_core$connectors$connector_1$cqe_low cqe_low(
        .d(cqe_low$d),
        .q(cqe_low$q),
        .clock(cqe_low$clock)
    );
    nic_core$connectors$connector_1$cqe_high cqe_high(
        .d(cqe_high$d),
        .q(cqe_high$q),
        .clock(cqe_high$clock)
    );
    nic_core$connectors$connector_1$mover mover(
        .clock(mover$clock),
        .reset(mover$reset),
        .start(mover$start),
        .start_src(mover$start_src),
        .start_length(mover$start_length),
        .busy(mover$busy),
        .src(mover$src),
        .from_a_tdata(mover$from_a_tdata),
        .from_a_tvalid(mover$from_a_tvalid),
        .from_a_tlast(mover$from_a_tlast),
        .from_b_tdata(mover$from_b_tdata),
        .from_b_tvalid(mover$from_b_tvalid),
        .from_b_tlast(mover$from_b_tlast),
        .take(mover$take),
        .available(mover$available),
        .payload_tdata(mover$payload_tdata),
        .payload_tlast(mover$payload_tlast),
        .payload_tvalid(mover$payload_tvalid),
        .payload_tready(mover$payload_tready),
        .skip(mover$skip),
        .write_truncated(mover$write_truncated)
    );
    nic_core$connectors$connector_1$work_kind work_kind(
        .d(work_kind$d),
        .q(work_kind$q),
        .clock(work_kind$clock)
    );
    nic_core$connectors$connector_1$work_length work_length(
        .d(work_length$d),
        .q(work_length$q),
        .clock(work_length$clock)
    );
    nic_core$connectors$connector_1$work_tag work_tag(
        .d(work_tag$d),
        .q(work_tag$q),
        .clock(work_tag$clock)
    );
    nic_core$connectors$connector_1$work_rkey work_rkey(
        .d(work_rkey$d),
        .q(work_rkey$q),
        .clock(work_rkey$clock)
    );
    nic_core$connectors$connector_1$work_caused work_caused(
        .d(work_caused$d),
        .q(work_caused$q),
        .clock(work_caused$clock)
    );
    nic_core$connectors$connector_1$sweeper sweeper(
        .clock(sweeper$clock),
        .reset(sweeper$reset),
        .start(sweeper$start),
        .start_kind(sweeper$start_kind),
        .start_controller(sweeper$start_controller),
        .active(sweeper$active),
        .link_waiting(sweeper$link_waiting),
        .available(sweeper$available),
        .busy(sweeper$busy),
        .table_data(sweeper$table_data),
        .slot_cid(sweeper$slot_cid),
        .slot_length(sweeper$slot_length),
        .emit_idle(sweeper$emit_idle),
        .qp(sweeper$qp),
        .slot_address(sweeper$slot_address),
        .table_write(sweeper$table_write),
        .table_entry(sweeper$table_entry),
        .issue(sweeper$issue),
        .issue_controller(sweeper$issue_controller),
        .issue_header(sweeper$issue_header),
        .issue_next(sweeper$issue_next),
        .issue_payload(sweeper$issue_payload),
        .issue_length(sweeper$issue_length),
        .path_error(sweeper$path_error),
        .path_error_high(sweeper$path_error_high),
        .busy_clear(sweeper$busy_clear),
        .command_replayed(sweeper$command_replayed),
        .paused(sweeper$paused),
        .done(sweeper$done)
    );
    nic_core$connectors$connector_1$sweep_paused sweep_paused(
        .d(sweep_paused$d),
        .q(sweep_paused$q),
        .clock(sweep_paused$clock)
    );
    nic_core$connectors$connector_1$serve_link serve_link(
        .d(serve_link$d),
        .q(serve_link$q),
        .clock(serve_link$clock)
    );
    nic_core$connectors$connector_1$fail_pending fail_pending(
        .d(fail_pending$d),
        .q(fail_pending$q),
        .clock(fail_pending$clock)
    );
    nic_core$connectors$connector_1$fence_pending fence_pending(
        .d(fence_pending$d),
        .q(fence_pending$q),
        .clock(fence_pending$clock)
    );
    nic_core$connectors$connector_1$readmit_pending readmit_pending(
        .d(readmit_pending$d),
        .q(readmit_pending$q),
        .clock(readmit_pending$clock)
    );
    nic_core$connectors$connector_1$failback_pending failback_pending(
        .d(failback_pending$d),
        .q(failback_pending$q),
        .clock(failback_pending$clock)
    );
    nic_core$connectors$connector_1$fence_sent fence_sent(
        .d(fence_sent$d),
        .q(fence_sent$q),
        .clock(fence_sent$clock)
    );
    nic_core$connectors$connector_1$capsule_blocked capsule_blocked(
        .d(capsule_blocked$d),
        .q(capsule_blocked$q),
        .clock(capsule_blocked$clock)
    );
    nic_core$connectors$connector_1$prefer_link prefer_link(
        .d(prefer_link$d),
        .q(prefer_link$q),
        .clock(prefer_link$clock)
    );
    nic_core$connectors$connector_1$clear_qp clear_qp(
        .d(clear_qp$d),
        .q(clear_qp$q),
        .clock(clear_qp$clock)
    );
    nic_core$connectors$connector_1$emitter emitter(
        .clock(emitter$clock),
        .reset(emitter$reset),
        .link_up(emitter$link_up),
        .fenced(emitter$fenced),
        .available(emitter$available),
        .issue(emitter$issue),
        .issue_controller(emitter$issue_controller),
        .issue_header(emitter$issue_header),
        .issue_next(emitter$issue_next),
        .issue_fence(emitter$issue_fence),
        .issue_payload(emitter$issue_payload),
        .issue_slot(emitter$issue_slot),
        .issue_length(emitter$issue_length),
        .idle(emitter$idle),
        .to_controller$tdata(links$to_controller$tdata),
        .to_controller$tlast(links$to_controller$tlast),
        .to_controller$tvalid(links$to_controller$tvalid),
        .to_controller$tready(links$to_controller$tready),
        .read$tdata(work$read$tdata),
        .read$tlast(work$read$tlast),
        .read$tvalid(work$read$tvalid),
        .read$tready(work$read$tready),
        .read$tag(work$read$tag),
        .read$length(work$read$length),
        .read$last(work$read$last),
        .buffer_address(emitter$buffer_address),
        .buffer_data(emitter$buffer_data),
        .read_table_address(emitter$read_table_address),
        .read_table_entry(emitter$read_table_entry),
        .read_live(emitter$read_live),
        .read_retire(emitter$read_retire),
        .read_data_unknown(emitter$read_data_unknown)
    );
    nic_core$connectors$connector_1$intake intake(
        .clock(intake$clock),
        .reset(intake$reset),
        .from_a$tdata(links$from_a$tdata),
        .from_a$tlast(links$from_a$tlast),
        .from_a$tvalid(links$from_a$tvalid),
        .from_a$tready(links$from_a$tready),
        .from_b$tdata(links$from_b$tdata),
        .from_b$tlast(links$from_b$tlast),
        .from_b$tvalid(links$from_b$tvalid),
        .from_b$tready(links$from_b$tready),
        .link_up(intake$link_up),
        .fenced(intake$fenced),
        .available(intake$available),
        .heard(intake$heard),
        .waiting(intake$waiting),
        .offered$from_b(intake$offered$from_b),
        .offered$kind(intake$offered$kind),
        .offered$fields(intake$offered$fields),
        .offered$last(intake$offered$last),
        .take_header(intake$take_header),
        .beat$src(intake$beat$src),
        .beat$data(intake$beat$data),
        .beat$last(intake$beat$last),
        .beat$valid(intake$beat$valid),
        .beat$lost(intake$beat$lost),
        .beat$take(intake$beat$take),
        .mover_busy(intake$mover_busy),
        .mover_src(intake$mover_src),
        .mover_take(intake$mover_take),
        .skip(intake$skip)
    );
    nic_core$connectors$connector_1$reader reader(
        .clock(reader$clock),
        .reset(reader$reset),
        .take_header(reader$take_header),
        .offered$from_b(reader$offered$from_b),
        .offered$kind(reader$offered$kind),
        .offered$fields(reader$offered$fields),
        .offered$last(reader$offered$last),
        .read_cqe(reader$read_cqe),
        .beat$src(reader$beat$src),
        .beat$data(reader$beat$data),
        .beat$last(reader$beat$last),
        .beat$valid(reader$beat$valid),
        .beat$lost(reader$beat$lost),
        .beat$take(reader$beat$take),
        .fenced(reader$fenced),
        .fence_sent(reader$fence_sent),
        .finished(reader$finished),
        .descriptor_read(reader$descriptor_read),
        .cqe_low_read(reader$cqe_low_read),
        .cqe_read(reader$cqe_read),
        .skip(reader$skip),
        .fence_acked(reader$fence_acked),
        .late_discarded(reader$late_discarded),
        .wqe_unknown_qp(reader$wqe_unknown_qp),
        .wqe_malformed(reader$wqe_malformed),
        .takeover_acked(reader$takeover_acked),
        .src(reader$src),
        .src_bit(reader$src_bit),
        .ended(reader$ended),
        .tag(reader$tag),
        .length(reader$length),
        .va(reader$va),
        .rkey(reader$rkey),
        .invalidate(reader$invalidate),
        .write_ok(reader$write_ok),
        .read_ok(reader$read_ok),
        .send_ok(reader$send_ok),
        .send_invalidate(reader$send_invalidate)
    );
    nic_core$connectors$connector_1$read_table read_table(
        .clock(read_table$clock),
        .reset(read_table$reset),
        .has_free(read_table$has_free),
        .next_tag(read_table$next_tag),
        .allocate(read_table$allocate),
        .controller(read_table$controller),
        .tag(read_table$tag),
        .forget(read_table$forget),
        .lookup_index(read_table$lookup_index),
        .lookup_entry(read_table$lookup_entry),
        .live(read_table$live),
        .retire(read_table$retire)
    );
    nic_core$connectors$connector_1$count count(
        .clock(count$clock),
        .reset(count$reset),
        .command_forwarded(count$command_forwarded),
        .completion_delivered(count$completion_delivered),
        .unknown_qp(count$unknown_qp),
        .slots_full(count$slots_full),
        .malformed_capsule(count$malformed_capsule),
        .capsule_too_long(count$capsule_too_long),
        .wqe_unknown_qp(count$wqe_unknown_qp),
        .wqe_malformed(count$wqe_malformed),
        .cqe_unknown_cid(count$cqe_unknown_cid),
        .read_data_unknown(count$read_data_unknown),
        .wrong_link(count$wrong_link),
        .command_replayed(count$command_replayed),
        .late_discarded(count$late_discarded),
        .takeover_acked(count$takeover_acked),
        .path_error_sent(count$path_error_sent),
        .write_truncated(count$write_truncated),
        .counters$commands_forwarded(counters$commands_forwarded),
        .counters$completions_delivered(counters$completions_delivered),
        .counters$unknown_qp(counters$unknown_qp),
        .counters$slots_full(counters$slots_full),
        .counters$malformed_capsule(counters$malformed_capsule),
        .counters$capsule_too_long(counters$capsule_too_long),
        .counters$wqe_unknown_qp(counters$wqe_unknown_qp),
        .counters$wqe_malformed(counters$wqe_malformed),
        .counters$cqe_unknown_cid(counters$cqe_unknown_cid),
        .counters$read_data_unknown(counters$read_data_unknown),
        .counters$wrong_link(counters$wrong_link),
        .counters$commands_replayed(counters$commands_replayed),
        .counters$late_discarded(counters$late_discarded),
        .counters$takeovers_acked(counters$takeovers_acked),
        .counters$path_errors_sent(counters$path_errors_sent),
        .counters$writes_truncated(counters$writes_truncated)
    );
    
    // Update code
    always @(*) begin
        busy$clock = clock;
        step$clock = clock;
        resume$clock = clock;
        qp$clock = clock;
        slot$clock = clock;
        entry$clock = clock;
        cqe_low$clock = clock;
        cqe_high$clock = clock;
        work_kind$clock = clock;
        work_length$clock = clock;
        work_tag$clock = clock;
        work_rkey$clock = clock;
        work_caused$clock = clock;
        sweep_paused$clock = clock;
        serve_link$clock = clock;
        fail_pending$clock = clock;
        fence_pending$clock = clock;
        readmit_pending$clock = clock;
        failback_pending$clock = clock;
        fence_sent$clock = clock;
        capsule_blocked$clock = clock;
        prefer_link$clock = clock;
        clear_qp$clock = clock;
        busy$d = busy$q;
        step$d = step$q;
        resume$d = resume$q;
        qp$d = qp$q;
        slot$d = slot$q;
        entry$d = entry$q;
        cqe_low$d = cqe_low$q;
        cqe_high$d = cqe_high$q;
        work_kind$d = work_kind$q;
        work_length$d = work_length$q;
        work_tag$d = work_tag$q;
        work_rkey$d = work_rkey$q;
        work_caused$d = work_caused$q;
        sweep_paused$d = sweep_paused$q;
        serve_link$d = serve_link$q;
        fail_pending$d = fail_pending$q;
        fence_pending$d = fence_pending$q;
        readmit_pending$d = readmit_pending$q;
        failback_pending$d = failback_pending$q;
        fence_sent$d = fence_sent$q;
        capsule_blocked$d = capsule_blocked$q;
        prefer_link$d = prefer_link$q;
        clear_qp$d = clear_qp$q;
        receiver$clock = clock;
        receiver$reset = reset;
        receiver$s_axis_tdata = s_axis_tdata;
        receiver$s_axis_tkeep = s_axis_tkeep;
        receiver$s_axis_tlast = s_axis_tlast;
        receiver$s_axis_tvalid = s_axis_tvalid;
        receiver$s_axis_qp = s_axis_qp;
        receiver$s_axis_message_end = s_axis_message_end;
        s_axis_tready = receiver$s_axis_tready;
        receiver$busy = busy$q;
        receiver$probe_qp = probe_qp;
        receiver$freed = zero_slots;
        probe_taken = receiver$probe_taken;
        receiver$capsule_ready = 1'b0;
        qp_table$read_clock = clock;
        qp_table$write_clock = clock;
        meta$read_clock = clock;
        meta$write_clock = clock;
        buffer$read_clock = clock;
        buffer$write_clock = clock;
        buffer$write_enable = receiver$buffer_write_enable;
        buffer$write_address = receiver$buffer_write_address;
        buffer$write_data = receiver$buffer_write_data;
        slot_address = (((qp$q) & 9'h1ff) << slot_shift) | ((slot$q) & 9'h1ff);
        slot_bit = one_slots << ((slot_address) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        slot_busy = |(busy$q & slot_bit);
        qp_slots = slot_mask_wide << (((cfg_qp) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << slot_shift_wide);
        qp_table$read_address = qp$q;
        qp_table$write_enable = 1'b0;
        qp_table$write_address = qp$q;
        table_entry = entry$q;
        meta$read_address = slot_address;
        meta$write_enable = 1'b0;
        meta$write_address = slot_address;
        meta$write_data[(64'h0)+:(16)] = receiver$capsule_cid;
        meta$write_data[(64'h10)+:(16)] = receiver$capsule_length;
        meta$write_data[(64'h20)+:(1)] = receiver$capsule_admin_connect;
        busy_set = zero_slots;
        busy_clear = zero_slots;
        cqe_cid = cqe_high$q[(32'h20)+:(16)];
        capsule_controller_cid = (receiver$capsule_cid & cid_above_slot) | ((receiver$capsule_slot) & 16'hffff);
        slot_controller_cid = (meta$read_data[(64'h0)+:(16)] & cid_above_slot) | ((slot$q) & 16'hffff);
        cqe_status_ok = (cqe_high$q[(32'h30)+:(16)] & status_mask) == zero_16;
        finish = 1'b0;
        read_cqe = 1'b0;
        sweeper$start = 1'b0;
        sweeper$start_kind = SweepKind$Fail;
        skip_set = zero_2;
        capsule_ok = receiver$capsule_valid & ~capsule_blocked$q;
        pick_link = intake$waiting & (~capsule_ok | prefer_link$q);
        take_header = 1'b0;
        fail_pending$d = fail_pending$q | fail_start;
        fence_pending$d = fence_pending$q | fence_request;
        readmit_pending$d = readmit_pending$q | readmit;
        failback_pending$d = failback_pending$q | failback;
        pending_bit = bit_b;
        if (fail_pending$q[32'h0]) begin
            pending_bit = bit_a;
        end
        if (~|fail_pending$q & fence_pending$q[32'h0]) begin
            pending_bit = bit_a;
        end
        if (~|fail_pending$q & ~|fence_pending$q & readmit_pending$q[32'h0]) begin
            pending_bit = bit_a;
        end
        sweeper$start_controller = pending_bit[32'h1];
        read_table$allocate = 1'b0;
        read_table$forget = 1'b0;
        read_table$controller = reader$src;
        read_table$tag = reader$tag;
        emit_idle = emitter$idle;
        issue = 1'b0;
        issue_controller = entry$q[(64'h1)+:(1)];
        issue_header = type_command | (((qp$q) & 64'hffffffffffffffff) << shift_16) | (((receiver$capsule_length) & 64'hffffffffffffffff) << shift_32) | (((capsule_controller_cid) & 64'hffffffffffffffff) << shift_48);
        issue_next = EmitStep$Slot;
        issue_fence = 1'b0;
        issue_payload = ((entry$q[(64'h5)+:(16)]) & 64'hffffffffffffffff) | (((entry$q[(64'h15)+:(7)]) & 64'hffffffffffffffff) << shift_16) | (((entry$q[(64'h2c)+:(8)]) & 64'hffffffffffffffff) << shift_32);
        issue_length = receiver$capsule_length;
        work$valid = 1'b0;
        mover_start = 1'b0;
        work$qp = qp$q;
        work$kind = work_kind$q;
        work$length = work_length$q;
        work$va = reader$va;
        work$rkey = work_rkey$q;
        work$tag = work_tag$q;
        work$payload$tdata = cqe_low$q;
        work$payload$tlast = 1'b0;
        work$payload$tvalid = 1'b0;
        cfg_ready = (step$q == EngineStep$Idle) & ~sweep_paused$q;
        fence_acked = reader$fence_acked;
        work_from = zero_2;
        count$command_forwarded = 1'b0;
        count$completion_delivered = 1'b0;
        count$unknown_qp = 1'b0;
        count$wqe_unknown_qp = reader$wqe_unknown_qp;
        count$wqe_malformed = reader$wqe_malformed;
        count$cqe_unknown_cid = 1'b0;
        count$wrong_link = 1'b0;
        count$command_replayed = sweeper$command_replayed;
        count$late_discarded = reader$late_discarded;
        count$takeover_acked = reader$takeover_acked;
        count$path_error_sent = 1'b0;
        case (step$q)
            EngineStep$Clear:
                begin
                    qp_table$write_enable = 1'b1;
                    qp_table$write_address = clear_qp$q;
                    clear_qp$d = clear_qp$q + one_qp;
                    if (clear_qp$q == last_qp) begin
                        step$d = EngineStep$Idle;
                    end
                end
            EngineStep$Idle:
                begin
                    if (sweep_paused$q) begin
                        serve_link$d = 1'b0;
                        if (serve_link$q & intake$waiting) begin
                            take_header = 1'b1;
                        end
                        else begin
                            sweep_paused$d = 1'b0;
                            step$d = EngineStep$Sweeping;
                        end
                    end
                    else if (cfg_valid) begin
                        qp_table$write_enable = 1'b1;
                        qp_table$write_address = cfg_qp;
                        busy_clear = qp_slots;
                        receiver$freed = qp_slots;
                    end
                    else if (|fail_pending$q) begin
                        fail_pending$d = (fail_pending$q & ~pending_bit) | fail_start;
                        sweeper$start = 1'b1;
                        read_table$forget = 1'b1;
                        read_table$controller = pending_bit[32'h1];
                        fence_sent$d = fence_sent$q & ~pending_bit;
                        step$d = EngineStep$Sweeping;
                    end
                    else if (|fence_pending$q & emit_idle) begin
                        fence_pending$d = (fence_pending$q & ~pending_bit) | fence_request;
                        fence_sent$d = fence_sent$q | pending_bit;
                        issue = 1'b1;
                        issue_controller = pending_bit[32'h1];
                        issue_header = type_fence;
                        issue_next = EmitStep$Idle;
                        issue_fence = 1'b1;
                    end
                    else if (|readmit_pending$q & ~|fence_pending$q) begin
                        readmit_pending$d = (readmit_pending$q & ~pending_bit) | readmit;
                        sweeper$start = 1'b1;
                        sweeper$start_kind = SweepKind$Readmit;
                        step$d = EngineStep$Sweeping;
                    end
                    else if (failback_pending$q & ~|fence_pending$q & ~|readmit_pending$q) begin
                        failback_pending$d = failback;
                        sweeper$start = 1'b1;
                        sweeper$start_kind = SweepKind$Failback;
                        step$d = EngineStep$Sweeping;
                    end
                    else if (pick_link) begin
                        take_header = 1'b1;
                    end
                    else if (capsule_ok) begin
                        qp$d = receiver$capsule_qp;
                        slot$d = receiver$capsule_slot;
                        prefer_link$d = 1'b1;
                        step$d = EngineStep$CapsuleLoad;
                    end
                end
            EngineStep$CapsuleLoad:
                begin
                    step$d = EngineStep$CapsuleDecide;
                end
            EngineStep$CapsuleDecide:
                begin
                    table_entry = qp_table$read_data;
                    entry$d = qp_table$read_data;
                    if (~qp_table$read_data[(64'h0)+:(1)]) begin
                        count$unknown_qp = 1'b1;
                        receiver$capsule_ready = 1'b1;
                        step$d = EngineStep$Idle;
                    end
                    else if (qp_table$read_data[(64'h4)+:(1)]) begin
                        capsule_blocked$d = 1'b1;
                        step$d = EngineStep$Idle;
                    end
                    else if (qp_table$read_data[(64'h3)+:(1)]) begin
                        table_entry[(64'h15)+:(7)] = qp_table$read_data[(64'h15)+:(7)] + one_sq;
                        qp_table$write_enable = 1'b1;
                        count$path_error_sent = 1'b1;
                        receiver$capsule_ready = 1'b1;
                        cqe_low$d = zero_64;
                        cqe_high$d = ((table_entry[(64'h15)+:(7)]) & 64'hffffffffffffffff) | (((receiver$capsule_cid) & 64'hffffffffffffffff) << shift_32) | path_error_status;
                        work_kind$d = kind_send;
                        work_length$d = cqe_bytes;
                        work_rkey$d = zero_32;
                        work_caused$d = 1'b0;
                        resume$d = EngineStep$Idle;
                        step$d = EngineStep$WrIssue;
                    end
                    else if (emit_idle) begin
                        busy_set = slot_bit;
                        meta$write_enable = 1'b1;
                        table_entry[(64'h15)+:(7)] = qp_table$read_data[(64'h15)+:(7)] + one_sq;
                        table_entry[(64'h2c)+:(8)] = qp_table$read_data[(64'h2c)+:(8)] + one_8;
                        table_entry[(64'h34)+:(16)] = qp_table$read_data[(64'h34)+:(16)] + one_16;
                        qp_table$write_enable = 1'b1;
                        issue = 1'b1;
                        issue_controller = qp_table$read_data[(64'h1)+:(1)];
                        count$command_forwarded = 1'b1;
                        receiver$capsule_ready = 1'b1;
                        step$d = EngineStep$Idle;
                    end
                end
            EngineStep$Reading:
                begin
                    if (reader$finished) begin
                        step$d = EngineStep$Idle;
                    end
                    fence_sent$d = fence_sent$q & ~reader$fence_acked;
                    if (reader$descriptor_read) begin
                        step$d = EngineStep$WqeDecide;
                    end
                    if (reader$cqe_low_read) begin
                        cqe_low$d = intake$beat$data;
                    end
                    if (reader$cqe_read) begin
                        cqe_high$d = intake$beat$data;
                        slot$d = intake$beat$data[(32'h20)+:(5)];
                        step$d = EngineStep$CqeLoad;
                    end
                end
            EngineStep$WqeDecide:
                begin
                    entry$d = qp_table$read_data;
                    if (intake$beat$lost) begin
                        count$late_discarded = 1'b1;
                        finish = 1'b1;
                    end
                    else if (~qp_table$read_data[(64'h0)+:(1)]) begin
                        count$wqe_unknown_qp = 1'b1;
                        finish = 1'b1;
                    end
                    else if ((qp_table$read_data[(64'h1)+:(1)] != reader$src) | qp_table$read_data[(64'h3)+:(1)]) begin
                        count$wrong_link = 1'b1;
                        finish = 1'b1;
                    end
                    else if (reader$write_ok) begin
                        work_kind$d = kind_write;
                        work_length$d = reader$length;
                        work_rkey$d = reader$rkey;
                        work_tag$d = zero_8;
                        work_caused$d = 1'b1;
                        resume$d = EngineStep$Idle;
                        step$d = EngineStep$WrIssue;
                    end
                    else if (reader$read_ok) begin
                        if (read_table$has_free) begin
                            read_table$allocate = 1'b1;
                            work_kind$d = kind_read;
                            work_length$d = reader$length;
                            work_rkey$d = reader$rkey;
                            work_tag$d = read_table$next_tag;
                            work_caused$d = 1'b1;
                            resume$d = EngineStep$Idle;
                            step$d = EngineStep$WrIssue;
                        end
                    end
                    else if (reader$send_ok) begin
                        read_cqe = 1'b1;
                        step$d = EngineStep$Reading;
                    end
                    else begin
                        count$wqe_malformed = 1'b1;
                        finish = 1'b1;
                    end
                end
            EngineStep$CqeLoad:
                begin
                    step$d = EngineStep$CqeDecide;
                end
            EngineStep$CqeDecide:
                begin
                    step$d = EngineStep$Idle;
                    if (intake$beat$lost) begin
                        count$late_discarded = 1'b1;
                    end
                    else if (slot_busy & (slot_controller_cid == cqe_cid)) begin
                        cqe_high$d = (cqe_high$q & ~cqe_cid_field) | (((meta$read_data[(64'h0)+:(16)]) & 64'hffffffffffffffff) << shift_32);
                        busy_clear = slot_bit;
                        table_entry[(64'h2c)+:(8)] = entry$q[(64'h2c)+:(8)] - one_8;
                        table_entry[(64'h1c)+:(16)] = cqe_high$q[(32'h0)+:(16)];
                        table_entry[(64'h44)+:(16)] = entry$q[(64'h44)+:(16)] + one_16;
                        if (meta$read_data[(64'h20)+:(1)] & cqe_status_ok) begin
                            table_entry[(64'h5)+:(16)] = cqe_low$q[(32'h0)+:(16)];
                        end
                        qp_table$write_enable = 1'b1;
                        entry$d = table_entry;
                        count$completion_delivered = 1'b1;
                        capsule_blocked$d = 1'b0;
                        work_kind$d = kind_send;
                        if (reader$send_invalidate) begin
                            work_kind$d = kind_send_invalidate;
                        end
                        work_length$d = cqe_bytes;
                        work_rkey$d = reader$invalidate;
                        work_caused$d = 1'b1;
                        resume$d = EngineStep$DrainCheck;
                        step$d = EngineStep$WrIssue;
                    end
                    else begin
                        count$cqe_unknown_cid = 1'b1;
                    end
                    if (~reader$ended) begin
                        skip_set = reader$src_bit;
                    end
                end
            EngineStep$WrIssue:
                begin
                    work$valid = ~mover$busy;
                    if (work$ready & ~mover$busy) begin
                        if (work_caused$q) begin
                            work_from = reader$src_bit;
                        end
                        if (work_kind$q == kind_write) begin
                            mover_start = 1'b1;
                            step$d = resume$q;
                        end
                        else if (work_kind$q == kind_read) begin
                            step$d = resume$q;
                        end
                        else begin
                            step$d = EngineStep$CqeOut0;
                        end
                    end
                end
            EngineStep$CqeOut0:
                begin
                    work$payload$tdata = cqe_low$q;
                    work$payload$tvalid = 1'b1;
                    if (work$payload$tready) begin
                        step$d = EngineStep$CqeOut1;
                    end
                end
            EngineStep$CqeOut1:
                begin
                    work$payload$tdata = cqe_high$q;
                    work$payload$tvalid = 1'b1;
                    work$payload$tlast = 1'b1;
                    if (work$payload$tready) begin
                        step$d = resume$q;
                    end
                end
            EngineStep$DrainCheck:
                begin
                    step$d = EngineStep$Idle;
                    if (entry$q[(64'h4)+:(1)] & (entry$q[(64'h2c)+:(8)] == zero_8)) begin
                        step$d = EngineStep$DrainTakeover;
                    end
                end
            EngineStep$DrainTakeover:
                begin
                    if (emit_idle) begin
                        table_entry[(64'h1)+:(1)] = entry$q[(64'h2)+:(1)];
                        table_entry[(64'h4)+:(1)] = 1'b0;
                        qp_table$write_enable = 1'b1;
                        issue = 1'b1;
                        issue_controller = entry$q[(64'h2)+:(1)];
                        issue_header = type_takeover | (((qp$q) & 64'hffffffffffffffff) << shift_16);
                        issue_next = EmitStep$Payload;
                        step$d = EngineStep$Idle;
                    end
                end
            EngineStep$Sweeping:
                begin
                    busy_clear = sweeper$busy_clear;
                    if (sweeper$path_error) begin
                        count$path_error_sent = 1'b1;
                        qp$d = sweeper$qp;
                        cqe_low$d = zero_64;
                        cqe_high$d = sweeper$path_error_high;
                        work_kind$d = kind_send;
                        work_length$d = cqe_bytes;
                        work_rkey$d = zero_32;
                        work_caused$d = 1'b0;
                        resume$d = EngineStep$Sweeping;
                        step$d = EngineStep$WrIssue;
                    end
                    if (sweeper$paused) begin
                        sweep_paused$d = 1'b1;
                        serve_link$d = 1'b1;
                        step$d = EngineStep$Idle;
                    end
                    if (sweeper$done) begin
                        capsule_blocked$d = 1'b0;
                        step$d = EngineStep$Idle;
                    end
                end
            default:
                begin
                    step$d = EngineStep$Clear;
                end
        endcase
        if (take_header) begin
            qp$d = intake$offered$fields[(32'h0)+:(4)];
            prefer_link$d = 1'b0;
            step$d = EngineStep$Reading;
        end
        if (finish) begin
            step$d = EngineStep$Idle;
            if (~reader$ended) begin
                skip_set = reader$src_bit;
            end
        end
        qp_table$write_data = table_entry;
        if (step$q == EngineStep$Clear) begin
            qp_table$write_data = cleared_entry;
        end
        if ((step$q == EngineStep$Idle) & cfg_valid) begin
            qp_table$write_data = cleared_entry;
            qp_table$write_data[(64'h0)+:(1)] = cfg_enable;
            qp_table$write_data[(64'h1)+:(1)] = cfg_controller;
            qp_table$write_data[(64'h2)+:(1)] = cfg_controller;
        end
        busy$d = (busy$q | busy_set) & ~busy_clear;
        mover$clock = clock;
        mover$reset = reset;
        mover$start = mover_start;
        mover$start_src = reader$src;
        mover$start_length = work_length$q;
        mover$from_a_tdata = links$from_a$tdata;
        mover$from_a_tvalid = links$from_a$tvalid;
        mover$from_a_tlast = links$from_a$tlast;
        mover$from_b_tdata = links$from_b$tdata;
        mover$from_b_tvalid = links$from_b$tvalid;
        mover$from_b_tlast = links$from_b$tlast;
        mover$available = available;
        mover$payload_tready = work$payload$tready;
        if (mover$busy) begin
            work$payload$tdata = mover$payload_tdata;
            work$payload$tlast = mover$payload_tlast;
            work$payload$tvalid = mover$payload_tvalid;
        end
        intake$clock = clock;
        intake$reset = reset;
        intake$link_up = link_up;
        intake$fenced = fenced;
        intake$available = available;
        heard = intake$heard;
        intake$take_header = take_header;
        intake$mover_busy = mover$busy;
        intake$mover_src = mover$src;
        intake$mover_take = mover$take;
        intake$skip = skip_set | mover$skip | reader$skip;
        reader$clock = clock;
        reader$reset = reset;
        reader$take_header = take_header;
        reader$read_cqe = read_cqe;
        reader$fenced = fenced;
        reader$fence_sent = fence_sent$q;
        emitter$clock = clock;
        emitter$reset = reset;
        emitter$link_up = link_up;
        emitter$fenced = fenced;
        emitter$available = available;
        emitter$issue = issue;
        emitter$issue_controller = issue_controller;
        emitter$issue_header = issue_header;
        emitter$issue_next = issue_next;
        emitter$issue_fence = issue_fence;
        emitter$issue_payload = issue_payload;
        emitter$issue_slot = slot_address;
        emitter$issue_length = issue_length;
        buffer$read_address = emitter$buffer_address;
        emitter$buffer_data = buffer$read_data;
        sweeper$clock = clock;
        sweeper$reset = reset;
        sweeper$active = step$q == EngineStep$Sweeping;
        sweeper$link_waiting = intake$waiting;
        sweeper$available = available;
        sweeper$busy = busy$q;
        sweeper$table_data = qp_table$read_data;
        sweeper$slot_cid = meta$read_data[(64'h0)+:(16)];
        sweeper$slot_length = meta$read_data[(64'h10)+:(16)];
        sweeper$emit_idle = emitter$idle;
        if (step$q == EngineStep$Sweeping) begin
            qp_table$read_address = sweeper$qp;
            qp_table$write_enable = sweeper$table_write;
            qp_table$write_address = sweeper$qp;
            qp_table$write_data = sweeper$table_entry;
            meta$read_address = sweeper$slot_address;
            emitter$issue = sweeper$issue;
            emitter$issue_controller = sweeper$issue_controller;
            emitter$issue_header = sweeper$issue_header;
            emitter$issue_next = sweeper$issue_next;
            emitter$issue_fence = 1'b0;
            emitter$issue_payload = sweeper$issue_payload;
            emitter$issue_slot = sweeper$slot_address;
            emitter$issue_length = sweeper$issue_length;
        end
        read_table$clock = clock;
        read_table$reset = reset;
        read_table$lookup_index = emitter$read_table_address;
        emitter$read_table_entry = read_table$lookup_entry;
        emitter$read_live = read_table$live;
        read_table$retire = emitter$read_retire;
        count$clock = clock;
        count$reset = reset;
        count$slots_full = receiver$slots_full;
        count$malformed_capsule = receiver$malformed_capsule;
        count$capsule_too_long = receiver$capsule_too_long;
        count$read_data_unknown = emitter$read_data_unknown;
        count$write_truncated = mover$write_truncated;
        if (reset) begin
            step$d = EngineStep$Clear;
            clear_qp$d = zero_qp;
            busy$d = zero_slots;
            fail_pending$d = zero_2;
            fence_pending$d = zero_2;
            readmit_pending$d = zero_2;
            failback_pending$d = 1'b0;
            fence_sent$d = zero_2;
            capsule_blocked$d = 1'b0;
            sweep_paused$d = 1'b0;
            serve_link$d = 1'b0;
        end
    end
    
    always @(*) reader$offered$from_b = intake$offered$from_b;
    always @(*) reader$offered$kind = intake$offered$kind;
    always @(*) reader$offered$fields = intake$offered$fields;
    always @(*) reader$offered$last = intake$offered$last;
    always @(*) intake$beat$src = reader$beat$src;
    always @(*) reader$beat$data = intake$beat$data;
    always @(*) reader$beat$last = intake$beat$last;
    always @(*) reader$beat$valid = intake$beat$valid;
    always @(*) reader$beat$lost = intake$beat$lost;
    always @(*) intake$beat$take = reader$beat$take;
endmodule // nic_core$connectors$connector_1


module nic_core$connectors$connector_1$buffer(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [16:0] read_address;
    input wire  read_clock;
    output reg  [63:0] read_data;
    input wire  [16:0] write_address;
    input wire  write_clock;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[63:0] mem[131071:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$connectors$connector_1$buffer


module nic_core$connectors$connector_1$busy(d,q,clock);
    
    // Module arguments
    input wire  [511:0] d;
    output reg  [511:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 512'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$busy


module nic_core$connectors$connector_1$capsule_blocked(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$capsule_blocked


module nic_core$connectors$connector_1$clear_qp(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$clear_qp


module nic_core$connectors$connector_1$count(clock,reset,command_forwarded,completion_delivered,unknown_qp,slots_full,malformed_capsule,capsule_too_long,wqe_unknown_qp,wqe_malformed,cqe_unknown_cid,read_data_unknown,wrong_link,command_replayed,late_discarded,takeover_acked,path_error_sent,write_truncated,counters$commands_forwarded,counters$completions_delivered,counters$unknown_qp,counters$slots_full,counters$malformed_capsule,counters$capsule_too_long,counters$wqe_unknown_qp,counters$wqe_malformed,counters$cqe_unknown_cid,counters$read_data_unknown,counters$wrong_link,counters$commands_replayed,counters$late_discarded,counters$takeovers_acked,counters$path_errors_sent,counters$writes_truncated);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  command_forwarded;
    input wire  completion_delivered;
    input wire  unknown_qp;
    input wire  slots_full;
    input wire  malformed_capsule;
    input wire  capsule_too_long;
    input wire  wqe_unknown_qp;
    input wire  wqe_malformed;
    input wire  cqe_unknown_cid;
    input wire  read_data_unknown;
    input wire  wrong_link;
    input wire  command_replayed;
    input wire  late_discarded;
    input wire  takeover_acked;
    input wire  path_error_sent;
    input wire  write_truncated;
    output reg  [31:0] counters$commands_forwarded;
    output reg  [31:0] counters$completions_delivered;
    output reg  [31:0] counters$unknown_qp;
    output reg  [31:0] counters$slots_full;
    output reg  [31:0] counters$malformed_capsule;
    output reg  [31:0] counters$capsule_too_long;
    output reg  [31:0] counters$wqe_unknown_qp;
    output reg  [31:0] counters$wqe_malformed;
    output reg  [31:0] counters$cqe_unknown_cid;
    output reg  [31:0] counters$read_data_unknown;
    output reg  [31:0] counters$wrong_link;
    output reg  [31:0] counters$commands_replayed;
    output reg  [31:0] counters$late_discarded;
    output reg  [31:0] counters$takeovers_acked;
    output reg  [31:0] counters$path_errors_sent;
    output reg  [31:0] counters$writes_truncated;
    
    // Constant declarations
    localparam  one = 32'h1;
    localparam  zero = 32'h0;
    
    // Stub signals
    reg  [31:0] count_commands_forwarded$d;
    wire  [31:0] count_commands_forwarded$q;
    reg  count_commands_forwarded$clock;
    reg  [31:0] count_completions_delivered$d;
    wire  [31:0] count_completions_delivered$q;
    reg  count_completions_delivered$clock;
    reg  [31:0] count_unknown_qp$d;
    wire  [31:0] count_unknown_qp$q;
    reg  count_unknown_qp$clock;
    reg  [31:0] count_slots_full$d;
    wire  [31:0] count_slots_full$q;
    reg  count_slots_full$clock;
    reg  [31:0] count_malformed_capsule$d;
    wire  [31:0] count_malformed_capsule$q;
    reg  count_malformed_capsule$clock;
    reg  [31:0] count_capsule_too_long$d;
    wire  [31:0] count_capsule_too_long$q;
    reg  count_capsule_too_long$clock;
    reg  [31:0] count_wqe_unknown_qp$d;
    wire  [31:0] count_wqe_unknown_qp$q;
    reg  count_wqe_unknown_qp$clock;
    reg  [31:0] count_wqe_malformed$d;
    wire  [31:0] count_wqe_malformed$q;
    reg  count_wqe_malformed$clock;
    reg  [31:0] count_cqe_unknown_cid$d;
    wire  [31:0] count_cqe_unknown_cid$q;
    reg  count_cqe_unknown_cid$clock;
    reg  [31:0] count_read_data_unknown$d;
    wire  [31:0] count_read_data_unknown$q;
    reg  count_read_data_unknown$clock;
    reg  [31:0] count_wrong_link$d;
    wire  [31:0] count_wrong_link$q;
    reg  count_wrong_link$clock;
    reg  [31:0] count_commands_replayed$d;
    wire  [31:0] count_commands_replayed$q;
    reg  count_commands_replayed$clock;
    reg  [31:0] count_late_discarded$d;
    wire  [31:0] count_late_discarded$q;
    reg  count_late_discarded$clock;
    reg  [31:0] count_takeovers_acked$d;
    wire  [31:0] count_takeovers_acked$q;
    reg  count_takeovers_acked$clock;
    reg  [31:0] count_path_errors_sent$d;
    wire  [31:0] count_path_errors_sent$q;
    reg  count_path_errors_sent$clock;
    reg  [31:0] count_writes_truncated$d;
    wire  [31:0] count_writes_truncated$q;
    reg  count_writes_truncated$clock;
    
    // Sub module instances
    nic_core$connectors$connector_1$count$count_commands_forwarded count_commands_forwarded(
        .d(count_commands_forwarded$d),
        .q(count_commands_forwarded$q),
        .clock(count_commands_forwarded$clock)
    );
    nic_core$connectors$connector_1$count$count_completions_delivered count_completions_delivered(
        .d(count_completions_delivered$d),
        .q(count_completions_delivered$q),
        .clock(count_completions_delivered$clock)
    );
    nic_core$connectors$connector_1$count$count_unknown_qp count_unknown_qp(
        .d(count_unknown_qp$d),
        .q(count_unknown_qp$q),
        .clock(count_unknown_qp$clock)
    );
    nic_core$connectors$connector_1$count$count_slots_full count_slots_full(
        .d(count_slots_full$d),
        .q(count_slots_full$q),
        .clock(count_slots_full$clock)
    );
    nic_core$connectors$connector_1$count$count_malformed_capsule count_malformed_capsule(
        .d(count_malformed_capsule$d),
        .q(count_malformed_capsule$q),
        .clock(count_malformed_capsule$clock)
    );
    nic_core$connectors$connector_1$count$count_capsule_too_long count_capsule_too_long(
        .d(count_capsule_too_long$d),
        .q(count_capsule_too_long$q),
        .clock(count_capsule_too_long$clock)
    );
    nic_core$connectors$connector_1$count$count_wqe_unknown_qp count_wqe_unknown_qp(
        .d(count_wqe_unknown_qp$d),
        .q(count_wqe_unknown_qp$q),
        .clock(count_wqe_unknown_qp$clock)
    );
    nic_core$connectors$connector_1$count$count_wqe_malformed count_wqe_malformed(
        .d(count_wqe_malformed$d),
        .q(count_wqe_malformed$q),
        .clock(count_wqe_malformed$clock)
    );
    nic_core$connectors$connector_1$count$count_cqe_unknown_cid count_cqe_unknown_cid(
        .d(count_cqe_unknown_cid$d),
        .q(count_cqe_unknown_cid$q),
        .clock(count_cqe_unknown_cid$clock)
    );
    nic_core$connectors$connector_1$count$count_read_data_unknown count_read_data_unknown(
        .d(count_read_data_unknown$d),
        .q(count_read_data_unknown$q),
        .clock(count_read_data_unknown$clock)
    );
    nic_core$connectors$connector_1$count$count_wrong_link count_wrong_link(
        .d(count_wrong_link$d),
        .q(count_wrong_link$q),
        .clock(count_wrong_link$clock)
    );
    nic_core$connectors$connector_1$count$count_commands_replayed count_commands_replayed(
        .d(count_commands_replayed$d),
        .q(count_commands_replayed$q),
        .clock(count_commands_replayed$clock)
    );
    nic_core$connectors$connector_1$count$count_late_discarded count_late_discarded(
        .d(count_late_discarded$d),
        .q(count_late_discarded$q),
        .clock(count_late_discarded$clock)
    );
    nic_core$connectors$connector_1$count$count_takeovers_acked count_takeovers_acked(
        .d(count_takeovers_acked$d),
        .q(count_takeovers_acked$q),
        .clock(count_takeovers_acked$clock)
    );
    nic_core$connectors$connector_1$count$count_path_errors_sent count_path_errors_sent(
        .d(count_path_errors_sent$d),
        .q(count_path_errors_sent$q),
        .clock(count_path_errors_sent$clock)
    );
    nic_core$connectors$connector_1$count$count_writes_truncated count_writes_truncated(
        .d(count_writes_truncated$d),
        .q(count_writes_truncated$q),
        .clock(count_writes_truncated$clock)
    );
    
    // Update code
    always @(*) begin
        count_commands_forwarded$clock = clock;
        count_completions_delivered$clock = clock;
        count_unknown_qp$clock = clock;
        count_slots_full$clock = clock;
        count_malformed_capsule$clock = clock;
        count_capsule_too_long$clock = clock;
        count_wqe_unknown_qp$clock = clock;
        count_wqe_malformed$clock = clock;
        count_cqe_unknown_cid$clock = clock;
        count_read_data_unknown$clock = clock;
        count_wrong_link$clock = clock;
        count_commands_replayed$clock = clock;
        count_late_discarded$clock = clock;
        count_takeovers_acked$clock = clock;
        count_path_errors_sent$clock = clock;
        count_writes_truncated$clock = clock;
        count_commands_forwarded$d = count_commands_forwarded$q;
        count_completions_delivered$d = count_completions_delivered$q;
        count_unknown_qp$d = count_unknown_qp$q;
        count_slots_full$d = count_slots_full$q;
        count_malformed_capsule$d = count_malformed_capsule$q;
        count_capsule_too_long$d = count_capsule_too_long$q;
        count_wqe_unknown_qp$d = count_wqe_unknown_qp$q;
        count_wqe_malformed$d = count_wqe_malformed$q;
        count_cqe_unknown_cid$d = count_cqe_unknown_cid$q;
        count_read_data_unknown$d = count_read_data_unknown$q;
        count_wrong_link$d = count_wrong_link$q;
        count_commands_replayed$d = count_commands_replayed$q;
        count_late_discarded$d = count_late_discarded$q;
        count_takeovers_acked$d = count_takeovers_acked$q;
        count_path_errors_sent$d = count_path_errors_sent$q;
        count_writes_truncated$d = count_writes_truncated$q;
        if (command_forwarded) begin
            count_commands_forwarded$d = count_commands_forwarded$q + one;
        end
        if (completion_delivered) begin
            count_completions_delivered$d = count_completions_delivered$q + one;
        end
        if (unknown_qp) begin
            count_unknown_qp$d = count_unknown_qp$q + one;
        end
        if (slots_full) begin
            count_slots_full$d = count_slots_full$q + one;
        end
        if (malformed_capsule) begin
            count_malformed_capsule$d = count_malformed_capsule$q + one;
        end
        if (capsule_too_long) begin
            count_capsule_too_long$d = count_capsule_too_long$q + one;
        end
        if (wqe_unknown_qp) begin
            count_wqe_unknown_qp$d = count_wqe_unknown_qp$q + one;
        end
        if (wqe_malformed) begin
            count_wqe_malformed$d = count_wqe_malformed$q + one;
        end
        if (cqe_unknown_cid) begin
            count_cqe_unknown_cid$d = count_cqe_unknown_cid$q + one;
        end
        if (read_data_unknown) begin
            count_read_data_unknown$d = count_read_data_unknown$q + one;
        end
        if (wrong_link) begin
            count_wrong_link$d = count_wrong_link$q + one;
        end
        if (command_replayed) begin
            count_commands_replayed$d = count_commands_replayed$q + one;
        end
        if (late_discarded) begin
            count_late_discarded$d = count_late_discarded$q + one;
        end
        if (takeover_acked) begin
            count_takeovers_acked$d = count_takeovers_acked$q + one;
        end
        if (path_error_sent) begin
            count_path_errors_sent$d = count_path_errors_sent$q + one;
        end
        if (write_truncated) begin
            count_writes_truncated$d = count_writes_truncated$q + one;
        end
        if (reset) begin
            count_commands_forwarded$d = zero;
            count_completions_delivered$d = zero;
            count_unknown_qp$d = zero;
            count_slots_full$d = zero;
            count_malformed_capsule$d = zero;
            count_capsule_too_long$d = zero;
            count_wqe_unknown_qp$d = zero;
            count_wqe_malformed$d = zero;
            count_cqe_unknown_cid$d = zero;
            count_read_data_unknown$d = zero;
            count_wrong_link$d = zero;
            count_commands_replayed$d = zero;
            count_late_discarded$d = zero;
            count_takeovers_acked$d = zero;
            count_path_errors_sent$d = zero;
            count_writes_truncated$d = zero;
        end
        counters$commands_forwarded = count_commands_forwarded$q;
        counters$completions_delivered = count_completions_delivered$q;
        counters$unknown_qp = count_unknown_qp$q;
        counters$slots_full = count_slots_full$q;
        counters$malformed_capsule = count_malformed_capsule$q;
        counters$capsule_too_long = count_capsule_too_long$q;
        counters$wqe_unknown_qp = count_wqe_unknown_qp$q;
        counters$wqe_malformed = count_wqe_malformed$q;
        counters$cqe_unknown_cid = count_cqe_unknown_cid$q;
        counters$read_data_unknown = count_read_data_unknown$q;
        counters$wrong_link = count_wrong_link$q;
        counters$commands_replayed = count_commands_replayed$q;
        counters$late_discarded = count_late_discarded$q;
        counters$takeovers_acked = count_takeovers_acked$q;
        counters$path_errors_sent = count_path_errors_sent$q;
        counters$writes_truncated = count_writes_truncated$q;
    end
    
endmodule // nic_core$connectors$connector_1$count


module nic_core$connectors$connector_1$count$count_capsule_too_long(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$count$count_capsule_too_long


module nic_core$connectors$connector_1$count$count_commands_forwarded(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$count$count_commands_forwarded


module nic_core$connectors$connector_1$count$count_commands_replayed(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$count$count_commands_replayed


module nic_core$connectors$connector_1$count$count_completions_delivered(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$count$count_completions_delivered


module nic_core$connectors$connector_1$count$count_cqe_unknown_cid(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$count$count_cqe_unknown_cid


module nic_core$connectors$connector_1$count$count_late_discarded(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$count$count_late_discarded


module nic_core$connectors$connector_1$count$count_malformed_capsule(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$count$count_malformed_capsule


module nic_core$connectors$connector_1$count$count_path_errors_sent(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$count$count_path_errors_sent


module nic_core$connectors$connector_1$count$count_read_data_unknown(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$count$count_read_data_unknown


module nic_core$connectors$connector_1$count$count_slots_full(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$count$count_slots_full


module nic_core$connectors$connector_1$count$count_takeovers_acked(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$count$count_takeovers_acked


module nic_core$connectors$connector_1$count$count_unknown_qp(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$count$count_unknown_qp


module nic_core$connectors$connector_1$count$count_wqe_malformed(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$count$count_wqe_malformed


module nic_core$connectors$connector_1$count$count_wqe_unknown_qp(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$count$count_wqe_unknown_qp


module nic_core$connectors$connector_1$count$count_writes_truncated(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$count$count_writes_truncated


module nic_core$connectors$connector_1$count$count_wrong_link(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$count$count_wrong_link


module nic_core$connectors$connector_1$cqe_high(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$cqe_high


module nic_core$connectors$connector_1$cqe_low(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$cqe_low


module nic_core$connectors$connector_1$emitter(clock,reset,link_up,fenced,available,issue,issue_controller,issue_header,issue_next,issue_fence,issue_payload,issue_slot,issue_length,idle,to_controller$tdata,to_controller$tlast,to_controller$tvalid,to_controller$tready,read$tdata,read$tlast,read$tvalid,read$tready,read$tag,read$length,read$last,buffer_address,buffer_data,read_table_address,read_table_entry,read_live,read_retire,read_data_unknown);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [1:0] link_up;
    input wire  [1:0] fenced;
    input wire  [1:0] available;
    input wire  issue;
    input wire  issue_controller;
    input wire  [63:0] issue_header;
    input wire  [2:0] issue_next;
    input wire  issue_fence;
    input wire  [63:0] issue_payload;
    input wire  [8:0] issue_slot;
    input wire  [15:0] issue_length;
    output reg  idle;
    output reg  [63:0] to_controller$tdata;
    output reg  to_controller$tlast;
    output reg  [1:0] to_controller$tvalid;
    input wire  [1:0] to_controller$tready;
    input wire  [63:0] read$tdata;
    input wire  read$tlast;
    input wire  read$tvalid;
    output reg  read$tready;
    input wire  [7:0] read$tag;
    input wire  [12:0] read$length;
    input wire  read$last;
    output reg  [16:0] buffer_address;
    input wire  [63:0] buffer_data;
    output reg  [1:0] read_table_address;
    input wire  [22:0] read_table_entry;
    input wire  [3:0] read_live;
    output reg  [3:0] read_retire;
    output reg  read_data_unknown;
    
    // Constant declarations
    localparam  length_shift = 64'h20;
    localparam  tag_shift = 64'h30;
    localparam  sqe_cid_shift = 64'h10;
    localparam  sqe_cid_field = 64'hffff0000;
    localparam  type_read_data = 64'h3;
    localparam  flag_last = 64'h200;
    localparam  no_flags = 64'h0;
    localparam  word_shift = 17'b1000;
    localparam  next_word = 17'b1;
    localparam  first_slot_word = 8'h0;
    localparam  one_word_left = 16'h1;
    localparam  round_up_to_word = 16'h7;
    localparam  read_index_shift = 8'h2;
    localparam  read_bit_0 = 4'h1;
    localparam  no_read = 4'h0;
    localparam  controller_a_bit = 2'b1;
    localparam  controller_b_bit = 2'b10;
    localparam  no_controller = 2'b0;
    
    // Enums
    localparam EmitStep$Idle = 0;
    localparam EmitStep$Header = 1;
    localparam EmitStep$Payload = 2;
    localparam EmitStep$Slot = 3;
    localparam EmitStep$ReadLookup = 4;
    localparam EmitStep$ReadPass = 5;
    
    // Stub signals
    reg  [2:0] step$d;
    wire  [2:0] step$q;
    reg  step$clock;
    reg  controller$d;
    wire  controller$q;
    reg  controller$clock;
    reg  [63:0] header$d;
    wire  [63:0] header$q;
    reg  header$clock;
    reg  [2:0] next_step$d;
    wire  [2:0] next_step$q;
    reg  next_step$clock;
    reg  dropping$d;
    wire  dropping$q;
    reg  dropping$clock;
    reg  read_discard$d;
    wire  read_discard$q;
    reg  read_discard$clock;
    reg  [63:0] payload$d;
    wire  [63:0] payload$q;
    reg  payload$clock;
    reg  [16:0] word$d;
    wire  [16:0] word$q;
    reg  word$clock;
    reg  [15:0] words_left$d;
    wire  [15:0] words_left$q;
    reg  words_left$clock;
    reg  [1:0] read_tag$d;
    wire  [1:0] read_tag$q;
    reg  read_tag$clock;
    reg  [5:0] read_generation$d;
    wire  [5:0] read_generation$q;
    reg  read_generation$clock;
    reg  [12:0] read_length$d;
    wire  [12:0] read_length$q;
    reg  read_length$clock;
    reg  read_last$d;
    wire  read_last$q;
    reg  read_last$clock;
    
    // Local signals
    reg  [1:0] controller_bit;
    reg  beat_valid;
    reg  beat_ready;
    reg  read_reachable;
    reg  [63:0] read_flags;
    reg  [7:0] read_tag_shifted;
    reg  [5:0] read_tag_generation;
    
    // Sub module instances
    nic_core$connectors$connector_1$emitter$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    nic_core$connectors$connector_1$emitter$controller controller(
        .d(controller$d),
        .q(controller$q),
        .clock(controller$clock)
    );
    nic_core$connectors$connector_1$emitter$header header(
        .d(header$d),
        .q(header$q),
        .clock(header$clock)
    );
    nic_core$connectors$connector_1$emitter$next_step next_step(
        .d(next_step$d),
        .q(next_step$q),
        .clock(next_step$clock)
    );
    nic_core$connectors$connector_1$emitter$dropping dropping(
        .d(dropping$d),
        .q(dropping$q),
        .clock(dropping$clock)
    );
    nic_core$connectors$connector_1$emitter$read_discard read_discard(
        .d(read_discard$d),
        .q(read_discard$q),
        .clock(read_discard$clock)
    );
    nic_core$connectors$connector_1$emitter$payload payload(
        .d(payload$d),
        .q(payload$q),
        .clock(payload$clock)
    );
    nic_core$connectors$connector_1$emitter$word word(
        .d(word$d),
        .q(word$q),
        .clock(word$clock)
    );
    nic_core$connectors$connector_1$emitter$words_left words_left(
        .d(words_left$d),
        .q(words_left$q),
        .clock(words_left$clock)
    );
    nic_core$connectors$connector_1$emitter$read_tag read_tag(
        .d(read_tag$d),
        .q(read_tag$q),
        .clock(read_tag$clock)
    );
    nic_core$connectors$connector_1$emitter$read_generation read_generation(
        .d(read_generation$d),
        .q(read_generation$q),
        .clock(read_generation$clock)
    );
    nic_core$connectors$connector_1$emitter$read_length read_length(
        .d(read_length$d),
        .q(read_length$q),
        .clock(read_length$clock)
    );
    nic_core$connectors$connector_1$emitter$read_last read_last(
        .d(read_last$d),
        .q(read_last$q),
        .clock(read_last$clock)
    );
    
    // Update code
    always @(*) begin
        step$clock = clock;
        controller$clock = clock;
        header$clock = clock;
        next_step$clock = clock;
        dropping$clock = clock;
        read_discard$clock = clock;
        payload$clock = clock;
        word$clock = clock;
        words_left$clock = clock;
        read_tag$clock = clock;
        read_generation$clock = clock;
        read_length$clock = clock;
        read_last$clock = clock;
        step$d = step$q;
        controller$d = controller$q;
        header$d = header$q;
        next_step$d = next_step$q;
        dropping$d = dropping$q;
        read_discard$d = read_discard$q;
        payload$d = payload$q;
        word$d = word$q;
        words_left$d = words_left$q;
        read_tag$d = read_tag$q;
        read_generation$d = read_generation$q;
        read_length$d = read_length$q;
        read_last$d = read_last$q;
        idle = step$q == EmitStep$Idle;
        read_retire = no_read;
        read_data_unknown = 1'b0;
        read_table_address = read_tag$q;
        if (step$q == EmitStep$Idle) begin
            read_table_address = read$tag[(32'h0)+:(2)];
        end
        read_tag_shifted = read$tag >> read_index_shift;
        read_tag_generation = ((read_tag_shifted) & 6'h3f);
        read_flags = no_flags;
        if (read_last$q) begin
            read_flags = flag_last;
        end
        read_reachable = available[32'h0];
        if (read_table_entry[(64'h0)+:(1)]) begin
            read_reachable = available[32'h1];
        end
        controller_bit = controller_a_bit;
        if (controller$q) begin
            controller_bit = controller_b_bit;
        end
        beat_ready = |(to_controller$tready & controller_bit) | ~|(link_up & controller_bit) | dropping$q;
        beat_valid = 1'b0;
        to_controller$tdata = header$q;
        to_controller$tlast = 1'b0;
        read$tready = 1'b0;
        buffer_address = word$q;
        if (read_discard$q) begin
            read$tready = 1'b1;
            if (read$tvalid & read$tlast) begin
                read_discard$d = 1'b0;
            end
        end
        case (step$q)
            EmitStep$Idle:
                begin
                    if (issue) begin
                        controller$d = issue_controller;
                        header$d = issue_header;
                        next_step$d = issue_next;
                        dropping$d = ((fenced[32'h0] & ~issue_controller) | (fenced[32'h1] & issue_controller)) & ~issue_fence;
                        payload$d = issue_payload;
                        word$d = ((issue_slot) & 17'h1ffff) << word_shift;
                        words_left$d = (issue_length + round_up_to_word) >> 32'h3;
                        step$d = EmitStep$Header;
                    end
                    else if (read$tvalid & ~read_discard$q) begin
                        read_tag$d = read$tag[(32'h0)+:(2)];
                        read_generation$d = read_tag_generation;
                        read_length$d = read$length;
                        read_last$d = read$last;
                        step$d = EmitStep$ReadLookup;
                    end
                end
            EmitStep$ReadLookup:
                begin
                    step$d = EmitStep$Idle;
                    read_discard$d = 1'b1;
                    if (|(read_live & (read_bit_0 << ((read_tag$q) & 4'hf))) & (read_table_entry[(64'h1)+:(6)] == read_generation$q)) begin
                        if (read_last$q) begin
                            read_retire = read_bit_0 << ((read_tag$q) & 4'hf);
                        end
                        controller$d = read_table_entry[(64'h0)+:(1)];
                        header$d = type_read_data | read_flags | (((read_length$q) & 64'hffffffffffffffff) << length_shift) | (((read_table_entry[(64'h7)+:(16)]) & 64'hffffffffffffffff) << tag_shift);
                        next_step$d = EmitStep$ReadPass;
                        dropping$d = 1'b0;
                        if (~read_reachable) begin
                            read_discard$d = 1'b1;
                        end
                        else begin
                            read_discard$d = 1'b0;
                            step$d = EmitStep$Header;
                        end
                    end
                    else begin
                        read_data_unknown = 1'b1;
                    end
                end
            EmitStep$Header:
                begin
                    beat_valid = 1'b1;
                    to_controller$tlast = next_step$q == EmitStep$Idle;
                    if (beat_ready) begin
                        step$d = next_step$q;
                    end
                end
            EmitStep$Payload:
                begin
                    beat_valid = 1'b1;
                    to_controller$tdata = payload$q;
                    to_controller$tlast = 1'b1;
                    if (beat_ready) begin
                        step$d = EmitStep$Idle;
                    end
                end
            EmitStep$Slot:
                begin
                    beat_valid = 1'b1;
                    to_controller$tdata = buffer_data;
                    if (word$q[(32'h0)+:(8)] == first_slot_word) begin
                        to_controller$tdata = (buffer_data & ~sqe_cid_field) | (((header$q[(32'h30)+:(16)]) & 64'hffffffffffffffff) << sqe_cid_shift);
                    end
                    to_controller$tlast = words_left$q == one_word_left;
                    if (beat_ready) begin
                        word$d = word$q + next_word;
                        buffer_address = word$q + next_word;
                        words_left$d = words_left$q - one_word_left;
                        if (words_left$q == one_word_left) begin
                            step$d = EmitStep$Idle;
                        end
                    end
                end
            default:
                begin
                    beat_valid = read$tvalid;
                    to_controller$tdata = read$tdata;
                    to_controller$tlast = read$tlast;
                    read$tready = beat_ready;
                    if (read$tvalid & beat_ready & read$tlast) begin
                        step$d = EmitStep$Idle;
                    end
                end
        endcase
        if (~|(link_up & controller_bit) & ~idle & (step$q != EmitStep$ReadLookup)) begin
            step$d = EmitStep$Idle;
            if (step$q == EmitStep$ReadPass) begin
                read_discard$d = ~(read$tvalid & read$tlast);
            end
            if ((step$q == EmitStep$Header) & (next_step$q == EmitStep$ReadPass)) begin
                read_discard$d = 1'b1;
            end
        end
        to_controller$tvalid = no_controller;
        if (beat_valid & ~dropping$q) begin
            to_controller$tvalid = controller_bit;
        end
        if (reset) begin
            step$d = EmitStep$Idle;
            read_discard$d = 1'b0;
        end
    end
    
endmodule // nic_core$connectors$connector_1$emitter


module nic_core$connectors$connector_1$emitter$controller(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$emitter$controller


module nic_core$connectors$connector_1$emitter$dropping(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$emitter$dropping


module nic_core$connectors$connector_1$emitter$header(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$emitter$header


module nic_core$connectors$connector_1$emitter$next_step(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam EmitStep$Idle = 0;
    localparam EmitStep$Header = 1;
    localparam EmitStep$Payload = 2;
    localparam EmitStep$Slot = 3;
    localparam EmitStep$ReadLookup = 4;
    localparam EmitStep$ReadPass = 5;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$emitter$next_step


module nic_core$connectors$connector_1$emitter$payload(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$emitter$payload


module nic_core$connectors$connector_1$emitter$read_discard(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$emitter$read_discard


module nic_core$connectors$connector_1$emitter$read_generation(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$emitter$read_generation


module nic_core$connectors$connector_1$emitter$read_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$emitter$read_last


module nic_core$connectors$connector_1$emitter$read_length(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$emitter$read_length


module nic_core$connectors$connector_1$emitter$read_tag(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$emitter$read_tag


module nic_core$connectors$connector_1$emitter$step(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam EmitStep$Idle = 0;
    localparam EmitStep$Header = 1;
    localparam EmitStep$Payload = 2;
    localparam EmitStep$Slot = 3;
    localparam EmitStep$ReadLookup = 4;
    localparam EmitStep$ReadPass = 5;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$emitter$step


module nic_core$connectors$connector_1$emitter$word(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$emitter$word


module nic_core$connectors$connector_1$emitter$words_left(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$emitter$words_left


module nic_core$connectors$connector_1$entry(d,q,clock);
    
    // Module arguments
    input wire  [83:0] d;
    output reg  [83:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 84'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$entry


module nic_core$connectors$connector_1$fail_pending(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$fail_pending


module nic_core$connectors$connector_1$failback_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$failback_pending


module nic_core$connectors$connector_1$fence_pending(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$fence_pending


module nic_core$connectors$connector_1$fence_sent(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$fence_sent


module nic_core$connectors$connector_1$intake(clock,reset,from_a$tdata,from_a$tlast,from_a$tvalid,from_a$tready,from_b$tdata,from_b$tlast,from_b$tvalid,from_b$tready,link_up,fenced,available,heard,waiting,offered$from_b,offered$kind,offered$fields,offered$last,take_header,beat$src,beat$data,beat$last,beat$valid,beat$lost,beat$take,mover_busy,mover_src,mover_take,skip);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] from_a$tdata;
    input wire  from_a$tlast;
    input wire  from_a$tvalid;
    output reg  from_a$tready;
    input wire  [63:0] from_b$tdata;
    input wire  from_b$tlast;
    input wire  from_b$tvalid;
    output reg  from_b$tready;
    input wire  [1:0] link_up;
    input wire  [1:0] fenced;
    input wire  [1:0] available;
    output reg  [1:0] heard;
    output reg  waiting;
    output reg  offered$from_b;
    output reg  [7:0] offered$kind;
    output reg  [47:0] offered$fields;
    output reg  offered$last;
    input wire  take_header;
    input wire  beat$src;
    output reg  [63:0] beat$data;
    output reg  beat$last;
    output reg  beat$valid;
    output reg  beat$lost;
    input wire  beat$take;
    input wire  mover_busy;
    input wire  mover_src;
    input wire  mover_take;
    input wire  [1:0] skip;
    
    // Constant declarations
    localparam  type_heartbeat = 8'h83;
    localparam  type_wqe = 8'h81;
    localparam  link_a = 2'b1;
    localparam  link_b = 2'b10;
    localparam  no_link = 2'b0;
    
    // Stub signals
    reg  [1:0] at_header$d;
    wire  [1:0] at_header$q;
    reg  at_header$clock;
    reg  [1:0] draining$d;
    wire  [1:0] draining$q;
    reg  draining$clock;
    
    // Local signals
    reg  heartbeat_a;
    reg  heartbeat_b;
    reg  wqe_a;
    reg  wqe_b;
    reg  a_offers;
    reg  b_offers;
    reg  take_a;
    reg  take_b;
    reg  [1:0] boundary;
    reg  [1:0] drained;
    
    // Sub module instances
    nic_core$connectors$connector_1$intake$at_header at_header(
        .d(at_header$d),
        .q(at_header$q),
        .clock(at_header$clock)
    );
    nic_core$connectors$connector_1$intake$draining draining(
        .d(draining$d),
        .q(draining$q),
        .clock(draining$clock)
    );
    
    // Update code
    always @(*) begin
        at_header$clock = clock;
        draining$clock = clock;
        at_header$d = at_header$q;
        draining$d = draining$q;
        beat$data = from_a$tdata;
        beat$last = from_a$tlast;
        beat$valid = from_a$tvalid;
        beat$lost = ~available[32'h0];
        if (beat$src) begin
            beat$data = from_b$tdata;
            beat$last = from_b$tlast;
            beat$valid = from_b$tvalid;
            beat$lost = ~available[32'h1];
        end
        heartbeat_a = at_header$q[32'h0] & from_a$tvalid & from_a$tlast & (from_a$tdata[(32'h0)+:(8)] == type_heartbeat) & ~fenced[32'h0];
        heartbeat_b = at_header$q[32'h1] & from_b$tvalid & from_b$tlast & (from_b$tdata[(32'h0)+:(8)] == type_heartbeat) & ~fenced[32'h1];
        wqe_a = from_a$tdata[(32'h0)+:(8)] == type_wqe;
        wqe_b = from_b$tdata[(32'h0)+:(8)] == type_wqe;
        a_offers = from_a$tvalid & link_up[32'h0] & ~draining$q[32'h0] & ~heartbeat_a & ~(mover_busy & (~mover_src | wqe_a));
        b_offers = from_b$tvalid & link_up[32'h1] & ~draining$q[32'h1] & ~heartbeat_b & ~(mover_busy & (mover_src | wqe_b));
        waiting = a_offers | b_offers;
        offered$from_b = b_offers & (~a_offers | ~beat$src);
        offered$kind = from_a$tdata[(32'h0)+:(8)];
        offered$fields = from_a$tdata[(32'h10)+:(48)];
        offered$last = from_a$tlast;
        if (offered$from_b) begin
            offered$kind = from_b$tdata[(32'h0)+:(8)];
            offered$fields = from_b$tdata[(32'h10)+:(48)];
            offered$last = from_b$tlast;
        end
        take_a = (take_header & ~offered$from_b) | (beat$take & ~beat$src) | (mover_take & ~mover_src);
        take_b = (take_header & offered$from_b) | (beat$take & beat$src) | (mover_take & mover_src);
        from_a$tready = take_a | draining$q[32'h0] | ~link_up[32'h0] | heartbeat_a;
        from_b$tready = take_b | draining$q[32'h1] | ~link_up[32'h1] | heartbeat_b;
        boundary = at_header$q | ~link_up;
        if (from_a$tvalid & from_a$tready & link_up[32'h0]) begin
            boundary = boundary & ~link_a;
            if (from_a$tlast) begin
                boundary = boundary | link_a;
            end
        end
        if (from_b$tvalid & from_b$tready & link_up[32'h1]) begin
            boundary = boundary & ~link_b;
            if (from_b$tlast) begin
                boundary = boundary | link_b;
            end
        end
        at_header$d = boundary;
        heard = no_link;
        if (from_a$tvalid & link_up[32'h0]) begin
            heard = link_a;
        end
        if (from_b$tvalid & link_up[32'h1]) begin
            heard = heard | link_b;
        end
        drained = no_link;
        if (from_a$tvalid & from_a$tready & draining$q[32'h0] & from_a$tlast) begin
            drained = link_a;
        end
        if (from_b$tvalid & from_b$tready & draining$q[32'h1] & from_b$tlast) begin
            drained = drained | link_b;
        end
        draining$d = ((draining$q | skip) & ~drained) & link_up;
        if (reset) begin
            draining$d = no_link;
            at_header$d = link_a | link_b;
        end
    end
    
endmodule // nic_core$connectors$connector_1$intake


module nic_core$connectors$connector_1$intake$at_header(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$intake$at_header


module nic_core$connectors$connector_1$intake$draining(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$intake$draining


module nic_core$connectors$connector_1$meta(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [32:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [32:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[32:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$connectors$connector_1$meta


module nic_core$connectors$connector_1$mover(clock,reset,start,start_src,start_length,busy,src,from_a_tdata,from_a_tvalid,from_a_tlast,from_b_tdata,from_b_tvalid,from_b_tlast,take,available,payload_tdata,payload_tlast,payload_tvalid,payload_tready,skip,write_truncated);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    input wire  start_src;
    input wire  [15:0] start_length;
    output reg  busy;
    output reg  src;
    input wire  [63:0] from_a_tdata;
    input wire  from_a_tvalid;
    input wire  from_a_tlast;
    input wire  [63:0] from_b_tdata;
    input wire  from_b_tvalid;
    input wire  from_b_tlast;
    output reg  take;
    input wire  [1:0] available;
    output reg  [63:0] payload_tdata;
    output reg  payload_tlast;
    output reg  payload_tvalid;
    input wire  payload_tready;
    output reg  [1:0] skip;
    output reg  write_truncated;
    
    // Constant declarations
    localparam  one_word_left = 16'h1;
    localparam  round_up_to_word = 16'h7;
    localparam  zero_word = 64'h0;
    localparam  link_a_bit = 2'b1;
    localparam  link_b_bit = 2'b10;
    localparam  no_link = 2'b0;
    
    // Stub signals
    reg  moving$d;
    wire  moving$q;
    reg  moving$clock;
    reg  from_b$d;
    wire  from_b$q;
    reg  from_b$clock;
    reg  closing$d;
    wire  closing$q;
    reg  closing$clock;
    reg  [15:0] words_left$d;
    wire  [15:0] words_left$q;
    reg  words_left$clock;
    
    // Local signals
    reg  [63:0] data;
    reg  valid;
    reg  last;
    reg  lost;
    reg  [1:0] link_bit;
    
    // Sub module instances
    nic_core$connectors$connector_1$mover$moving moving(
        .d(moving$d),
        .q(moving$q),
        .clock(moving$clock)
    );
    nic_core$connectors$connector_1$mover$from_b from_b(
        .d(from_b$d),
        .q(from_b$q),
        .clock(from_b$clock)
    );
    nic_core$connectors$connector_1$mover$closing closing(
        .d(closing$d),
        .q(closing$q),
        .clock(closing$clock)
    );
    nic_core$connectors$connector_1$mover$words_left words_left(
        .d(words_left$d),
        .q(words_left$q),
        .clock(words_left$clock)
    );
    
    // Update code
    always @(*) begin
        moving$clock = clock;
        from_b$clock = clock;
        closing$clock = clock;
        words_left$clock = clock;
        moving$d = moving$q;
        from_b$d = from_b$q;
        closing$d = closing$q;
        words_left$d = words_left$q;
        busy = moving$q;
        src = from_b$q;
        write_truncated = 1'b0;
        data = from_a_tdata;
        valid = from_a_tvalid;
        last = from_a_tlast;
        lost = ~available[32'h0];
        link_bit = link_a_bit;
        if (from_b$q) begin
            data = from_b_tdata;
            valid = from_b_tvalid;
            last = from_b_tlast;
            lost = ~available[32'h1];
            link_bit = link_b_bit;
        end
        take = 1'b0;
        skip = no_link;
        payload_tdata = zero_word;
        payload_tlast = 1'b0;
        payload_tvalid = 1'b0;
        if (start) begin
            moving$d = 1'b1;
            from_b$d = start_src;
            closing$d = 1'b0;
            words_left$d = (start_length + round_up_to_word) >> 32'h3;
        end
        if (moving$q) begin
            payload_tlast = words_left$q == one_word_left;
            if (closing$q) begin
                payload_tlast = words_left$q != one_word_left;
                payload_tvalid = 1'b1;
                if (payload_tready) begin
                    words_left$d = words_left$q - one_word_left;
                    if (words_left$q != one_word_left) begin
                        moving$d = 1'b0;
                    end
                end
            end
            else if (lost) begin
                write_truncated = 1'b1;
                skip = link_bit;
                closing$d = 1'b1;
            end
            else begin
                payload_tdata = data;
                payload_tvalid = valid;
                payload_tlast = (words_left$q == one_word_left) | last;
                take = payload_tready;
                if (valid & payload_tready) begin
                    words_left$d = words_left$q - one_word_left;
                    if (words_left$q == one_word_left) begin
                        if (~last) begin
                            skip = link_bit;
                        end
                        moving$d = 1'b0;
                    end
                    else if (last) begin
                        write_truncated = 1'b1;
                        moving$d = 1'b0;
                    end
                end
            end
        end
        if (reset) begin
            moving$d = 1'b0;
        end
    end
    
endmodule // nic_core$connectors$connector_1$mover


module nic_core$connectors$connector_1$mover$closing(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$mover$closing


module nic_core$connectors$connector_1$mover$from_b(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$mover$from_b


module nic_core$connectors$connector_1$mover$moving(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$mover$moving


module nic_core$connectors$connector_1$mover$words_left(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$mover$words_left


module nic_core$connectors$connector_1$prefer_link(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$prefer_link


module nic_core$connectors$connector_1$qp(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$qp


module nic_core$connectors$connector_1$qp_table(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [83:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [83:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[83:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$connectors$connector_1$qp_table


module nic_core$connectors$connector_1$read_table(clock,reset,has_free,next_tag,allocate,controller,tag,forget,lookup_index,lookup_entry,live,retire);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    output reg  has_free;
    output reg  [7:0] next_tag;
    input wire  allocate;
    input wire  controller;
    input wire  [15:0] tag;
    input wire  forget;
    input wire  [1:0] lookup_index;
    output reg  [22:0] lookup_entry;
    output reg  [3:0] live;
    input wire  [3:0] retire;
    
    // Constant declarations
    localparam  none = 4'h0;
    localparam  entry_0 = 4'h1;
    localparam  index_0 = 2'b0;
    localparam  index_1 = 2'b1;
    localparam  index_2 = 2'b10;
    localparam  index_3 = 2'b11;
    localparam  index_shift = 8'h2;
    localparam  next_generation = 6'b1;
    
    // Stub signals
    reg  [1:0] entries$read_address;
    reg  entries$read_clock;
    wire  [22:0] entries$read_data;
    reg  [1:0] entries$write_address;
    reg  entries$write_clock;
    reg  [22:0] entries$write_data;
    reg  entries$write_enable;
    reg  [3:0] valid$d;
    wire  [3:0] valid$q;
    reg  valid$clock;
    reg  [3:0] of_b$d;
    wire  [3:0] of_b$q;
    reg  of_b$clock;
    reg  [3:0] fresh$d;
    wire  [3:0] fresh$q;
    reg  fresh$clock;
    reg  [5:0] generation$d;
    wire  [5:0] generation$q;
    reg  generation$clock;
    
    // Local signals
    reg  [3:0] free;
    reg  [1:0] pick;
    reg  [3:0] taken;
    reg  [3:0] forgotten;
    
    // Sub module instances
    nic_core$connectors$connector_1$read_table$entries entries(
        .read_address(entries$read_address),
        .read_clock(entries$read_clock),
        .read_data(entries$read_data),
        .write_address(entries$write_address),
        .write_clock(entries$write_clock),
        .write_data(entries$write_data),
        .write_enable(entries$write_enable)
    );
    nic_core$connectors$connector_1$read_table$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    nic_core$connectors$connector_1$read_table$of_b of_b(
        .d(of_b$d),
        .q(of_b$q),
        .clock(of_b$clock)
    );
    nic_core$connectors$connector_1$read_table$fresh fresh(
        .d(fresh$d),
        .q(fresh$q),
        .clock(fresh$clock)
    );
    nic_core$connectors$connector_1$read_table$generation generation(
        .d(generation$d),
        .q(generation$q),
        .clock(generation$clock)
    );
    
    // Update code
    always @(*) begin
        valid$clock = clock;
        of_b$clock = clock;
        fresh$clock = clock;
        generation$clock = clock;
        valid$d = valid$q;
        of_b$d = of_b$q;
        fresh$d = fresh$q;
        generation$d = generation$q;
        entries$read_clock = clock;
        entries$write_clock = clock;
        entries$read_address = lookup_index;
        lookup_entry = entries$read_data;
        live = valid$q & ~fresh$q;
        free = ~valid$q;
        pick = index_3;
        if (free[32'h2]) begin
            pick = index_2;
        end
        if (free[32'h1]) begin
            pick = index_1;
        end
        if (free[32'h0]) begin
            pick = index_0;
        end
        has_free = |free;
        next_tag = (((generation$q) & 8'hff) << index_shift) | ((pick) & 8'hff);
        entries$write_enable = allocate;
        entries$write_address = pick;
        entries$write_data[(64'h0)+:(1)] = controller;
        entries$write_data[(64'h7)+:(16)] = tag;
        entries$write_data[(64'h1)+:(6)] = generation$q;
        taken = none;
        if (allocate) begin
            taken = entry_0 << ((pick) & 4'hf);
            generation$d = generation$q + next_generation;
        end
        forgotten = none;
        if (forget) begin
            forgotten = valid$q & ~of_b$q;
            if (controller) begin
                forgotten = valid$q & of_b$q;
            end
        end
        valid$d = (valid$q | taken) & ~(forgotten | retire);
        fresh$d = taken;
        of_b$d = of_b$q & ~taken;
        if (controller) begin
            of_b$d = of_b$q | taken;
        end
        if (reset) begin
            valid$d = none;
        end
    end
    
endmodule // nic_core$connectors$connector_1$read_table


module nic_core$connectors$connector_1$read_table$entries(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [1:0] read_address;
    input wire  read_clock;
    output reg  [22:0] read_data;
    input wire  [1:0] write_address;
    input wire  write_clock;
    input wire  [22:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[22:0] mem[3:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$connectors$connector_1$read_table$entries


module nic_core$connectors$connector_1$read_table$fresh(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$read_table$fresh


module nic_core$connectors$connector_1$read_table$generation(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$read_table$generation


module nic_core$connectors$connector_1$read_table$of_b(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$read_table$of_b


module nic_core$connectors$connector_1$read_table$valid(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$read_table$valid


module nic_core$connectors$connector_1$reader(clock,reset,take_header,offered$from_b,offered$kind,offered$fields,offered$last,read_cqe,beat$src,beat$data,beat$last,beat$valid,beat$lost,beat$take,fenced,fence_sent,finished,descriptor_read,cqe_low_read,cqe_read,skip,fence_acked,late_discarded,wqe_unknown_qp,wqe_malformed,takeover_acked,src,src_bit,ended,tag,length,va,rkey,invalidate,write_ok,read_ok,send_ok,send_invalidate);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  take_header;
    input wire  offered$from_b;
    input wire  [7:0] offered$kind;
    input wire  [47:0] offered$fields;
    input wire  offered$last;
    input wire  read_cqe;
    output reg  beat$src;
    input wire  [63:0] beat$data;
    input wire  beat$last;
    input wire  beat$valid;
    input wire  beat$lost;
    output reg  beat$take;
    input wire  [1:0] fenced;
    input wire  [1:0] fence_sent;
    output reg  finished;
    output reg  descriptor_read;
    output reg  cqe_low_read;
    output reg  cqe_read;
    output reg  [1:0] skip;
    output reg  [1:0] fence_acked;
    output reg  late_discarded;
    output reg  wqe_unknown_qp;
    output reg  wqe_malformed;
    output reg  takeover_acked;
    output reg  src;
    output reg  [1:0] src_bit;
    output reg  ended;
    output reg  [15:0] tag;
    output reg  [15:0] length;
    output reg  [63:0] va;
    output reg  [31:0] rkey;
    output reg  [31:0] invalidate;
    output reg  write_ok;
    output reg  read_ok;
    output reg  send_ok;
    output reg  send_invalidate;
    
    // Constant declarations
    localparam  qp_high_mask = 16'hfff0;
    localparam  type_wqe = 8'h81;
    localparam  type_takeover_ack = 8'h82;
    localparam  type_fence_ack = 8'h84;
    localparam  op_write = 8'h1;
    localparam  op_send = 8'h2;
    localparam  op_send_invalidate = 8'h3;
    localparam  op_read = 8'h4;
    localparam  upper_16_of_32 = 32'hffff0000;
    localparam  no_length = 32'h0;
    localparam  no_qp_bits = 16'h0;
    localparam  descriptor_bytes = 16'h18;
    localparam  send_payload_bytes = 16'h28;
    localparam  cqe_bytes = 32'h10;
    localparam  link_a = 2'b1;
    localparam  link_b = 2'b10;
    localparam  no_link = 2'b0;
    
    // Enums
    localparam ReadStep$Idle = 0;
    localparam ReadStep$Header = 1;
    localparam ReadStep$Descriptor1 = 2;
    localparam ReadStep$Descriptor2 = 3;
    localparam ReadStep$Descriptor3 = 4;
    localparam ReadStep$Cqe0 = 5;
    localparam ReadStep$Cqe1 = 6;
    
    // Stub signals
    reg  [2:0] step$d;
    wire  [2:0] step$q;
    reg  step$clock;
    reg  from_b$d;
    wire  from_b$q;
    reg  from_b$clock;
    reg  [7:0] kind$d;
    wire  [7:0] kind$q;
    reg  kind$clock;
    reg  [15:0] header_qp$d;
    wire  [15:0] header_qp$q;
    reg  header_qp$clock;
    reg  [15:0] header_length$d;
    wire  [15:0] header_length$q;
    reg  header_length$clock;
    reg  [15:0] header_tag$d;
    wire  [15:0] header_tag$q;
    reg  header_tag$clock;
    reg  last_taken$d;
    wire  last_taken$q;
    reg  last_taken$clock;
    reg  [7:0] op$d;
    wire  [7:0] op$q;
    reg  op$clock;
    reg  [31:0] wqe_length$d;
    wire  [31:0] wqe_length$q;
    reg  wqe_length$clock;
    reg  [63:0] wqe_va$d;
    wire  [63:0] wqe_va$q;
    reg  wqe_va$clock;
    reg  [31:0] wqe_rkey$d;
    wire  [31:0] wqe_rkey$q;
    reg  wqe_rkey$clock;
    reg  [31:0] wqe_invalidate$d;
    wire  [31:0] wqe_invalidate$q;
    reg  wqe_invalidate$clock;
    
    // Local signals
    reg  finish;
    reg  reading;
    reg  length_fits;
    
    // Sub module instances
    nic_core$connectors$connector_1$reader$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    nic_core$connectors$connector_1$reader$from_b from_b(
        .d(from_b$d),
        .q(from_b$q),
        .clock(from_b$clock)
    );
    nic_core$connectors$connector_1$reader$kind kind(
        .d(kind$d),
        .q(kind$q),
        .clock(kind$clock)
    );
    nic_core$connectors$connector_1$reader$header_qp header_qp(
        .d(header_qp$d),
        .q(header_qp$q),
        .clock(header_qp$clock)
    );
    nic_core$connectors$connector_1$reader$header_length header_length(
        .d(header_length$d),
        .q(header_length$q),
        .clock(header_length$clock)
    );
    nic_core$connectors$connector_1$reader$header_tag header_tag(
        .d(header_tag$d),
        .q(header_tag$q),
        .clock(header_tag$clock)
    );
    nic_core$connectors$connector_1$reader$last_taken last_taken(
        .d(last_taken$d),
        .q(last_taken$q),
        .clock(last_taken$clock)
    );
    nic_core$connectors$connector_1$reader$op op(
        .d(op$d),
        .q(op$q),
        .clock(op$clock)
    );
    nic_core$connectors$connector_1$reader$wqe_length wqe_length(
        .d(wqe_length$d),
        .q(wqe_length$q),
        .clock(wqe_length$clock)
    );
    nic_core$connectors$connector_1$reader$wqe_va wqe_va(
        .d(wqe_va$d),
        .q(wqe_va$q),
        .clock(wqe_va$clock)
    );
    nic_core$connectors$connector_1$reader$wqe_rkey wqe_rkey(
        .d(wqe_rkey$d),
        .q(wqe_rkey$q),
        .clock(wqe_rkey$clock)
    );
    nic_core$connectors$connector_1$reader$wqe_invalidate wqe_invalidate(
        .d(wqe_invalidate$d),
        .q(wqe_invalidate$q),
        .clock(wqe_invalidate$clock)
    );
    
    // Update code
    always @(*) begin
        step$clock = clock;
        from_b$clock = clock;
        kind$clock = clock;
        header_qp$clock = clock;
        header_length$clock = clock;
        header_tag$clock = clock;
        last_taken$clock = clock;
        op$clock = clock;
        wqe_length$clock = clock;
        wqe_va$clock = clock;
        wqe_rkey$clock = clock;
        wqe_invalidate$clock = clock;
        step$d = step$q;
        from_b$d = from_b$q;
        kind$d = kind$q;
        header_qp$d = header_qp$q;
        header_length$d = header_length$q;
        header_tag$d = header_tag$q;
        last_taken$d = last_taken$q;
        op$d = op$q;
        wqe_length$d = wqe_length$q;
        wqe_va$d = wqe_va$q;
        wqe_rkey$d = wqe_rkey$q;
        wqe_invalidate$d = wqe_invalidate$q;
        src = from_b$q;
        beat$src = from_b$q;
        src_bit = link_a;
        if (from_b$q) begin
            src_bit = link_b;
        end
        ended = last_taken$q;
        tag = header_tag$q;
        length = wqe_length$q[(32'h0)+:(16)];
        va = wqe_va$q;
        rkey = wqe_rkey$q;
        invalidate = wqe_invalidate$q;
        length_fits = ((wqe_length$q & upper_16_of_32) == no_length) & (wqe_length$q != no_length);
        write_ok = (op$q == op_write) & ~last_taken$q & length_fits & (header_length$q - descriptor_bytes == wqe_length$q[(32'h0)+:(16)]);
        read_ok = (op$q == op_read) & last_taken$q & length_fits & (header_length$q == descriptor_bytes);
        send_invalidate = op$q == op_send_invalidate;
        send_ok = ((op$q == op_send) | send_invalidate) & ~last_taken$q & (wqe_length$q == cqe_bytes) & (header_length$q == send_payload_bytes);
        beat$take = 1'b0;
        finish = 1'b0;
        finished = 1'b0;
        descriptor_read = 1'b0;
        cqe_low_read = 1'b0;
        cqe_read = 1'b0;
        skip = no_link;
        fence_acked = no_link;
        late_discarded = 1'b0;
        wqe_unknown_qp = 1'b0;
        wqe_malformed = 1'b0;
        takeover_acked = 1'b0;
        case (step$q)
            ReadStep$Header:
                begin
                    if (|(fenced & src_bit)) begin
                        if ((kind$q == type_fence_ack) & |(fence_sent & src_bit)) begin
                            fence_acked = src_bit;
                        end
                        else begin
                            late_discarded = 1'b1;
                        end
                        finish = 1'b1;
                    end
                    else if (kind$q == type_wqe) begin
                        if ((header_qp$q & qp_high_mask) != no_qp_bits) begin
                            wqe_unknown_qp = 1'b1;
                            finish = 1'b1;
                        end
                        else if (last_taken$q) begin
                            wqe_malformed = 1'b1;
                            finish = 1'b1;
                        end
                        else begin
                            step$d = ReadStep$Descriptor1;
                        end
                    end
                    else begin
                        takeover_acked = kind$q == type_takeover_ack;
                        finish = 1'b1;
                    end
                end
            ReadStep$Descriptor1:
                begin
                    if (beat$valid & ~beat$lost) begin
                        op$d = beat$data[(32'h0)+:(8)];
                        wqe_length$d = beat$data[(32'h20)+:(32)];
                        step$d = ReadStep$Descriptor2;
                    end
                end
            ReadStep$Descriptor2:
                begin
                    if (beat$valid & ~beat$lost) begin
                        wqe_va$d = beat$data;
                        step$d = ReadStep$Descriptor3;
                    end
                end
            ReadStep$Descriptor3:
                begin
                    if (beat$valid & ~beat$lost) begin
                        wqe_rkey$d = beat$data[(32'h0)+:(32)];
                        wqe_invalidate$d = beat$data[(32'h20)+:(32)];
                        descriptor_read = 1'b1;
                        step$d = ReadStep$Idle;
                    end
                end
            ReadStep$Cqe0:
                begin
                    if (beat$valid & ~beat$lost) begin
                        cqe_low_read = 1'b1;
                        step$d = ReadStep$Cqe1;
                    end
                end
            ReadStep$Cqe1:
                begin
                    if (beat$valid & ~beat$lost) begin
                        cqe_read = 1'b1;
                        step$d = ReadStep$Idle;
                    end
                end
            default:
                begin
                end
        endcase
        reading = (step$q != ReadStep$Idle) & (step$q != ReadStep$Header);
        if (reading) begin
            if (beat$lost) begin
                late_discarded = 1'b1;
                skip = src_bit;
                finished = 1'b1;
                step$d = ReadStep$Idle;
            end
            else begin
                beat$take = 1'b1;
                if (beat$valid) begin
                    last_taken$d = beat$last;
                    if (beat$last & (step$q != ReadStep$Descriptor3) & (step$q != ReadStep$Cqe1)) begin
                        wqe_malformed = 1'b1;
                        finished = 1'b1;
                        step$d = ReadStep$Idle;
                    end
                end
            end
        end
        if (finish) begin
            finished = 1'b1;
            step$d = ReadStep$Idle;
            if (~last_taken$q) begin
                skip = src_bit;
            end
        end
        if (read_cqe) begin
            step$d = ReadStep$Cqe0;
        end
        if (take_header) begin
            from_b$d = offered$from_b;
            kind$d = offered$kind;
            header_qp$d = offered$fields[(32'h0)+:(16)];
            header_length$d = offered$fields[(32'h10)+:(16)];
            header_tag$d = offered$fields[(32'h20)+:(16)];
            last_taken$d = offered$last;
            step$d = ReadStep$Header;
        end
        if (reset) begin
            step$d = ReadStep$Idle;
        end
    end
    
endmodule // nic_core$connectors$connector_1$reader


module nic_core$connectors$connector_1$reader$from_b(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$reader$from_b


module nic_core$connectors$connector_1$reader$header_length(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$reader$header_length


module nic_core$connectors$connector_1$reader$header_qp(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$reader$header_qp


module nic_core$connectors$connector_1$reader$header_tag(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$reader$header_tag


module nic_core$connectors$connector_1$reader$kind(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$reader$kind


module nic_core$connectors$connector_1$reader$last_taken(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$reader$last_taken


module nic_core$connectors$connector_1$reader$op(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$reader$op


module nic_core$connectors$connector_1$reader$step(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam ReadStep$Idle = 0;
    localparam ReadStep$Header = 1;
    localparam ReadStep$Descriptor1 = 2;
    localparam ReadStep$Descriptor2 = 3;
    localparam ReadStep$Descriptor3 = 4;
    localparam ReadStep$Cqe0 = 5;
    localparam ReadStep$Cqe1 = 6;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$reader$step


module nic_core$connectors$connector_1$reader$wqe_invalidate(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$reader$wqe_invalidate


module nic_core$connectors$connector_1$reader$wqe_length(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$reader$wqe_length


module nic_core$connectors$connector_1$reader$wqe_rkey(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$reader$wqe_rkey


module nic_core$connectors$connector_1$reader$wqe_va(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$reader$wqe_va


module nic_core$connectors$connector_1$readmit_pending(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$readmit_pending


module nic_core$connectors$connector_1$receiver(clock,reset,s_axis_tdata,s_axis_tkeep,s_axis_tlast,s_axis_tvalid,s_axis_tready,s_axis_qp,s_axis_message_end,busy,buffer_write_enable,buffer_write_address,buffer_write_data,capsule_valid,capsule_ready,capsule_qp,capsule_slot,capsule_cid,capsule_length,capsule_admin_connect,freed,probe_qp,probe_taken,slots_full,malformed_capsule,capsule_too_long);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] s_axis_tdata;
    input wire  [7:0] s_axis_tkeep;
    input wire  s_axis_tlast;
    input wire  s_axis_tvalid;
    output reg  s_axis_tready;
    input wire  [3:0] s_axis_qp;
    input wire  s_axis_message_end;
    input wire  [511:0] busy;
    output reg  buffer_write_enable;
    output reg  [16:0] buffer_write_address;
    output reg  [63:0] buffer_write_data;
    output reg  capsule_valid;
    input wire  capsule_ready;
    output reg  [3:0] capsule_qp;
    output reg  [4:0] capsule_slot;
    output reg  [15:0] capsule_cid;
    output reg  [15:0] capsule_length;
    output reg  capsule_admin_connect;
    input wire  [511:0] freed;
    input wire  [3:0] probe_qp;
    output reg  probe_taken;
    output reg  slots_full;
    output reg  malformed_capsule;
    output reg  capsule_too_long;
    
    // Constant declarations
    localparam  slot_bits = 9'b101;
    localparam  slot_bits_wide = 512'h5;
    localparam  qp_slot_mask = 512'hffffffff;
    localparam  zero_slot = 5'b0;
    localparam  one_slot = 5'b1;
    localparam  slot_word_bits = 17'b1000;
    localparam  slot_word_bits_16 = 16'h8;
    localparam  word_3 = 16'h3;
    localparam  word_4 = 16'h4;
    localparam  word_5 = 16'h5;
    localparam  sqe_less_a_beat = 16'h38;
    localparam  last_sqe_word = 16'h7;
    localparam  sqe_last_byte_low = 4'hf;
    localparam  opcode_fabrics = 8'h7f;
    localparam  fctype_connect = 8'h1;
    localparam  sgl_keyed = 8'h40;
    localparam  sgl_keyed_invalidate = 8'h4f;
    localparam  sgl_in_capsule = 8'h1;
    localparam  zero_16 = 16'h0;
    localparam  zero_64 = 64'h0;
    localparam  zero_qp = 4'h0;
    localparam  one_qp = 4'h1;
    localparam  last_qp = 4'hf;
    localparam  bytes_1 = 16'h1;
    localparam  bytes_2 = 16'h2;
    localparam  bytes_3 = 16'h3;
    localparam  bytes_4 = 16'h4;
    localparam  bytes_5 = 16'h5;
    localparam  bytes_6 = 16'h6;
    localparam  bytes_7 = 16'h7;
    localparam  bytes_8 = 16'h8;
    localparam  one_slots = 512'h1;
    localparam  zero_slots = 512'h0;
    localparam  cleared = 47'h0;
    
    // Enums
    localparam ReceiverStep$Clear = 0;
    localparam ReceiverStep$Idle = 1;
    localparam ReceiverStep$Load = 2;
    localparam ReceiverStep$Stream = 3;
    
    // Stub signals
    reg  [3:0] progress$read_address;
    reg  progress$read_clock;
    wire  [46:0] progress$read_data;
    reg  [3:0] progress$write_address;
    reg  progress$write_clock;
    reg  [46:0] progress$write_data;
    reg  progress$write_enable;
    reg  [1:0] step$d;
    wire  [1:0] step$q;
    reg  step$clock;
    reg  [3:0] qp$d;
    wire  [3:0] qp$q;
    reg  qp$clock;
    reg  [46:0] work$d;
    wire  [46:0] work$q;
    reg  work$clock;
    reg  [3:0] clear_qp$d;
    wire  [3:0] clear_qp$q;
    reg  clear_qp$clock;
    reg  [8:0] queue$read_address;
    reg  queue$read_clock;
    wire  [48:0] queue$read_data;
    reg  [8:0] queue$write_address;
    reg  queue$write_clock;
    reg  [48:0] queue$write_data;
    reg  queue$write_enable;
    reg  [15:0] queue_write$d;
    wire  [15:0] queue_write$q;
    reg  queue_write$clock;
    reg  [15:0] queue_filled$d;
    wire  [15:0] queue_filled$q;
    reg  queue_filled$clock;
    reg  [15:0] queue_read$d;
    wire  [15:0] queue_read$q;
    reg  queue_read$clock;
    reg  [511:0] queued$d;
    wire  [511:0] queued$q;
    reg  queued$clock;
    reg  [511:0] receiving$d;
    wire  [511:0] receiving$q;
    reg  receiving$clock;
    
    // Local signals
    reg  [511:0] queued_set;
    reg  [511:0] queued_clear;
    reg  pop;
    reg  [511:0] receiving_set;
    reg  [511:0] receiving_clear;
    reg  [511:0] taken;
    reg  [511:0] qp_free;
    reg  [4:0] free_slot;
    reg  free_found;
    reg  [4:0] free_index;
    reg  [15:0] read_next;
    reg  [8:0] head_address;
    reg  [48:0] posted;
    reg  [46:0] next;
    reg  accept;
    reg  first;
    reg  [15:0] cid;
    reg  [4:0] slot;
    reg  [8:0] slot_address;
    reg  [15:0] word;
    reg  [15:0] keep_bytes;
    reg  [15:0] bytes_before;
    reg  short_of_sqe;
    reg  [3:0] sqe_bytes_lacking;
    reg  [7:0] sgl_type;
    
    // Sub module instances
    nic_core$connectors$connector_1$receiver$progress progress(
        .read_address(progress$read_address),
        .read_clock(progress$read_clock),
        .read_data(progress$read_data),
        .write_address(progress$write_address),
        .write_clock(progress$write_clock),
        .write_data(progress$write_data),
        .write_enable(progress$write_enable)
    );
    nic_core$connectors$connector_1$receiver$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    nic_core$connectors$connector_1$receiver$qp qp(
        .d(qp$d),
        .q(qp$q),
        .clock(qp$clock)
    );
    nic_core$connectors$connector_1$receiver$work work(
        .d(work$d),
        .q(work$q),
        .clock(work$clock)
    );
    nic_core$connectors$connector_1$receiver$clear_qp clear_qp(
        .d(clear_qp$d),
        .q(clear_qp$q),
        .clock(clear_qp$clock)
    );
    nic_core$connectors$connector_1$receiver$queue queue(
        .read_address(queue$read_address),
        .read_clock(queue$read_clock),
        .read_data(queue$read_data),
        .write_address(queue$write_address),
        .write_clock(queue$write_clock),
        .write_data(queue$write_data),
        .write_enable(queue$write_enable)
    );
    nic_core$connectors$connector_1$receiver$queue_write queue_write(
        .d(queue_write$d),
        .q(queue_write$q),
        .clock(queue_write$clock)
    );
    nic_core$connectors$connector_1$receiver$queue_filled queue_filled(
        .d(queue_filled$d),
        .q(queue_filled$q),
        .clock(queue_filled$clock)
    );
    nic_core$connectors$connector_1$receiver$queue_read queue_read(
        .d(queue_read$d),
        .q(queue_read$q),
        .clock(queue_read$clock)
    );
    nic_core$connectors$connector_1$receiver$queued queued(
        .d(queued$d),
        .q(queued$q),
        .clock(queued$clock)
    );
    nic_core$connectors$connector_1$receiver$receiving receiving(
        .d(receiving$d),
        .q(receiving$q),
        .clock(receiving$clock)
    );
    
    // Update code
    always @(*) begin
        step$clock = clock;
        qp$clock = clock;
        work$clock = clock;
        clear_qp$clock = clock;
        queue_write$clock = clock;
        queue_filled$clock = clock;
        queue_read$clock = clock;
        queued$clock = clock;
        receiving$clock = clock;
        step$d = step$q;
        qp$d = qp$q;
        work$d = work$q;
        clear_qp$d = clear_qp$q;
        queue_write$d = queue_write$q;
        queue_filled$d = queue_filled$q;
        queue_read$d = queue_read$q;
        queued$d = queued$q;
        receiving$d = receiving$q;
        slots_full = 1'b0;
        malformed_capsule = 1'b0;
        capsule_too_long = 1'b0;
        progress$read_clock = clock;
        progress$write_clock = clock;
        progress$read_address = s_axis_qp;
        progress$write_enable = 1'b0;
        progress$write_address = qp$q;
        progress$write_data = work$q;
        buffer_write_enable = 1'b0;
        s_axis_tready = 1'b0;
        queue$read_clock = clock;
        queue$write_clock = clock;
        capsule_valid = queue_filled$q != queue_read$q;
        capsule_qp = ((queue$read_data[(64'h0)+:(8)]) & 4'hf);
        capsule_cid = queue$read_data[(64'h10)+:(16)];
        capsule_slot = ((queue$read_data[(64'h8)+:(8)]) & 5'h1f);
        capsule_length = queue$read_data[(64'h20)+:(16)];
        capsule_admin_connect = queue$read_data[(64'h30)+:(1)];
        pop = capsule_valid & capsule_ready;
        head_address = (((capsule_qp) & 9'h1ff) << slot_bits) | ((capsule_slot) & 9'h1ff);
        queued_clear = zero_slots;
        read_next = queue_read$q;
        if (pop) begin
            queued_clear = one_slots << ((head_address) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            read_next = queue_read$q + bytes_1;
        end
        queue_read$d = read_next;
        queue$read_address = ((read_next) & 9'h1ff);
        queue_filled$d = queue_write$q;
        queued_set = zero_slots;
        receiving_set = zero_slots;
        receiving_clear = freed;
        accept = (step$q == ReceiverStep$Stream) & s_axis_tvalid;
        first = ~work$q[(64'h0)+:(1)];
        cid = work$q[(64'hf)+:(16)];
        if (first) begin
            cid = s_axis_tdata[(32'h10)+:(16)];
        end
        taken = busy | queued$q | receiving$q;
        qp_free = ~taken >> (((qp$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << slot_bits_wide);
        free_found = 1'b0;
        free_slot = zero_slot;
        free_index = zero_slot;
        if (qp_free[0] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[1] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[2] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[3] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[4] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[5] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[6] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[7] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[8] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[9] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[10] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[11] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[12] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[13] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[14] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[15] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[16] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[17] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[18] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[19] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[20] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[21] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[22] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[23] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[24] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[25] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[26] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[27] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[28] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[29] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[30] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        if (qp_free[31] & ~free_found) begin
            free_found = 1'b1;
            free_slot = free_index;
        end
        free_index = free_index + one_slot;
        slot = ((work$q[(64'h2)+:(8)]) & 5'h1f);
        if (first) begin
            slot = free_slot;
        end
        slot_address = (((qp$q) & 9'h1ff) << slot_bits) | ((slot) & 9'h1ff);
        word = work$q[(64'h1f)+:(16)] >> 32'h3;
        if (first) begin
            word = zero_16;
        end
        keep_bytes = bytes_8;
        if (s_axis_tlast) begin
            keep_bytes = zero_16;
            if (s_axis_tkeep[32'h0]) begin
                keep_bytes = bytes_1;
            end
            if (s_axis_tkeep[32'h1]) begin
                keep_bytes = bytes_2;
            end
            if (s_axis_tkeep[32'h2]) begin
                keep_bytes = bytes_3;
            end
            if (s_axis_tkeep[32'h3]) begin
                keep_bytes = bytes_4;
            end
            if (s_axis_tkeep[32'h4]) begin
                keep_bytes = bytes_5;
            end
            if (s_axis_tkeep[32'h5]) begin
                keep_bytes = bytes_6;
            end
            if (s_axis_tkeep[32'h6]) begin
                keep_bytes = bytes_7;
            end
            if (s_axis_tkeep[32'h7]) begin
                keep_bytes = bytes_8;
            end
        end
        sgl_type = s_axis_tdata[(32'h38)+:(8)];
        probe_taken = ~|(~taken & (qp_slot_mask << (((probe_qp) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << slot_bits_wide)));
        next = work$q;
        if (first) begin
            next[(64'h0)+:(1)] = 1'b1;
            next[(64'h1)+:(1)] = ~free_found;
            next[(64'h2)+:(8)] = ((free_slot) & 8'hff);
            next[(64'ha)+:(1)] = 1'b0;
            next[(64'hb)+:(1)] = 1'b0;
            next[(64'hc)+:(1)] = 1'b0;
            next[(64'hd)+:(1)] = (s_axis_tdata[(32'h0)+:(8)] == opcode_fabrics) & (s_axis_tdata[(32'h20)+:(8)] == fctype_connect);
            next[(64'he)+:(1)] = 1'b0;
            next[(64'hf)+:(16)] = cid;
            next[(64'h1f)+:(16)] = zero_16;
        end
        if (word == word_3) begin
            next[(64'hb)+:(1)] = s_axis_tdata == zero_64;
        end
        if (word == word_4) begin
            next[(64'hc)+:(1)] = (sgl_type == sgl_keyed) | (sgl_type == sgl_keyed_invalidate) | (sgl_type == sgl_in_capsule) | ((s_axis_tdata == zero_64) & work$q[(64'hb)+:(1)]);
        end
        if (word == word_5) begin
            next[(64'he)+:(1)] = s_axis_tdata[(32'h10)+:(16)] == zero_16;
        end
        if ((word >> slot_word_bits_16) != zero_16) begin
            next[(64'ha)+:(1)] = 1'b1;
        end
        bytes_before = work$q[(64'h1f)+:(16)];
        if (first) begin
            bytes_before = zero_16;
        end
        if (~next[(64'ha)+:(1)]) begin
            next[(64'h1f)+:(16)] = bytes_before + keep_bytes;
        end
        sqe_bytes_lacking = sqe_last_byte_low - bytes_before[(32'h0)+:(4)];
        short_of_sqe = bytes_before < sqe_less_a_beat;
        if ((bytes_before >> 32'h3) == last_sqe_word) begin
            short_of_sqe = keep_bytes[(32'h0)+:(4)] <= sqe_bytes_lacking;
        end
        buffer_write_data = s_axis_tdata;
        buffer_write_address = (((slot_address) & 17'h1ffff) << slot_word_bits) | ((word[(32'h0)+:(8)]) & 17'h1ffff);
        posted[(64'h0)+:(8)] = ((qp$q) & 8'hff);
        posted[(64'h8)+:(8)] = ((slot) & 8'hff);
        posted[(64'h10)+:(16)] = cid;
        posted[(64'h20)+:(16)] = next[(64'h1f)+:(16)];
        posted[(64'h30)+:(1)] = next[(64'hd)+:(1)] & next[(64'he)+:(1)];
        queue$write_enable = 1'b0;
        queue$write_address = ((queue_write$q) & 9'h1ff);
        queue$write_data = posted;
        case (step$q)
            ReceiverStep$Clear:
                begin
                    progress$write_enable = 1'b1;
                    progress$write_address = clear_qp$q;
                    progress$write_data = cleared;
                    clear_qp$d = clear_qp$q + one_qp;
                    if (clear_qp$q == last_qp) begin
                        step$d = ReceiverStep$Idle;
                    end
                end
            ReceiverStep$Idle:
                begin
                    if (s_axis_tvalid) begin
                        qp$d = s_axis_qp;
                        step$d = ReceiverStep$Load;
                    end
                end
            ReceiverStep$Load:
                begin
                    work$d = progress$read_data;
                    step$d = ReceiverStep$Stream;
                end
            ReceiverStep$Stream:
                begin
                    s_axis_tready = 1'b1;
                    if (accept) begin
                        work$d = next;
                        buffer_write_enable = ~next[(64'h1)+:(1)] & ~next[(64'ha)+:(1)];
                        if (first & ~next[(64'h1)+:(1)]) begin
                            receiving_set = one_slots << ((slot_address) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
                        end
                        if (s_axis_tlast) begin
                            progress$write_enable = 1'b1;
                            progress$write_data = next;
                            step$d = ReceiverStep$Idle;
                            if (s_axis_message_end) begin
                                progress$write_data = cleared;
                                if (~next[(64'h1)+:(1)]) begin
                                    receiving_clear = freed | (one_slots << ((slot_address) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff));
                                end
                                if (next[(64'h1)+:(1)]) begin
                                    slots_full = 1'b1;
                                end
                                else if (short_of_sqe | ~next[(64'hc)+:(1)]) begin
                                    malformed_capsule = 1'b1;
                                end
                                else if (next[(64'ha)+:(1)]) begin
                                    capsule_too_long = 1'b1;
                                end
                                else begin
                                    queue$write_enable = 1'b1;
                                    queue_write$d = queue_write$q + bytes_1;
                                    queued_set = one_slots << ((slot_address) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
                                end
                            end
                        end
                    end
                end
            default:
                begin
                    step$d = ReceiverStep$Clear;
                end
        endcase
        queued$d = (queued$q | queued_set) & ~queued_clear;
        receiving$d = (receiving$q | receiving_set) & ~receiving_clear;
        if (reset) begin
            step$d = ReceiverStep$Clear;
            clear_qp$d = zero_qp;
            queue_write$d = zero_16;
            queue_filled$d = zero_16;
            queue_read$d = zero_16;
            queued$d = zero_slots;
            receiving$d = zero_slots;
        end
    end
    
endmodule // nic_core$connectors$connector_1$receiver


module nic_core$connectors$connector_1$receiver$clear_qp(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$receiver$clear_qp


module nic_core$connectors$connector_1$receiver$progress(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [46:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [46:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[46:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$connectors$connector_1$receiver$progress


module nic_core$connectors$connector_1$receiver$qp(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$receiver$qp


module nic_core$connectors$connector_1$receiver$queue(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [8:0] read_address;
    input wire  read_clock;
    output reg  [48:0] read_data;
    input wire  [8:0] write_address;
    input wire  write_clock;
    input wire  [48:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[48:0] mem[511:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$connectors$connector_1$receiver$queue


module nic_core$connectors$connector_1$receiver$queue_filled(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$receiver$queue_filled


module nic_core$connectors$connector_1$receiver$queue_read(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$receiver$queue_read


module nic_core$connectors$connector_1$receiver$queue_write(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$receiver$queue_write


module nic_core$connectors$connector_1$receiver$queued(d,q,clock);
    
    // Module arguments
    input wire  [511:0] d;
    output reg  [511:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 512'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$receiver$queued


module nic_core$connectors$connector_1$receiver$receiving(d,q,clock);
    
    // Module arguments
    input wire  [511:0] d;
    output reg  [511:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 512'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$receiver$receiving


module nic_core$connectors$connector_1$receiver$step(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam ReceiverStep$Clear = 0;
    localparam ReceiverStep$Idle = 1;
    localparam ReceiverStep$Load = 2;
    localparam ReceiverStep$Stream = 3;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$receiver$step


module nic_core$connectors$connector_1$receiver$work(d,q,clock);
    
    // Module arguments
    input wire  [46:0] d;
    output reg  [46:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 47'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$receiver$work


module nic_core$connectors$connector_1$resume(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam EngineStep$Clear = 0;
    localparam EngineStep$Idle = 1;
    localparam EngineStep$CapsuleLoad = 2;
    localparam EngineStep$CapsuleDecide = 3;
    localparam EngineStep$Reading = 4;
    localparam EngineStep$WqeDecide = 5;
    localparam EngineStep$CqeLoad = 6;
    localparam EngineStep$CqeDecide = 7;
    localparam EngineStep$WrIssue = 8;
    localparam EngineStep$CqeOut0 = 9;
    localparam EngineStep$CqeOut1 = 10;
    localparam EngineStep$DrainCheck = 11;
    localparam EngineStep$DrainTakeover = 12;
    localparam EngineStep$Sweeping = 13;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$resume


module nic_core$connectors$connector_1$serve_link(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$serve_link


module nic_core$connectors$connector_1$slot(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$slot


module nic_core$connectors$connector_1$step(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam EngineStep$Clear = 0;
    localparam EngineStep$Idle = 1;
    localparam EngineStep$CapsuleLoad = 2;
    localparam EngineStep$CapsuleDecide = 3;
    localparam EngineStep$Reading = 4;
    localparam EngineStep$WqeDecide = 5;
    localparam EngineStep$CqeLoad = 6;
    localparam EngineStep$CqeDecide = 7;
    localparam EngineStep$WrIssue = 8;
    localparam EngineStep$CqeOut0 = 9;
    localparam EngineStep$CqeOut1 = 10;
    localparam EngineStep$DrainCheck = 11;
    localparam EngineStep$DrainTakeover = 12;
    localparam EngineStep$Sweeping = 13;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$step


module nic_core$connectors$connector_1$sweep_paused(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$sweep_paused


module nic_core$connectors$connector_1$sweeper(clock,reset,start,start_kind,start_controller,active,link_waiting,available,busy,table_data,slot_cid,slot_length,emit_idle,qp,slot_address,table_write,table_entry,issue,issue_controller,issue_header,issue_next,issue_payload,issue_length,path_error,path_error_high,busy_clear,command_replayed,paused,done);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    input wire  [1:0] start_kind;
    input wire  start_controller;
    input wire  active;
    input wire  link_waiting;
    input wire  [1:0] available;
    input wire  [511:0] busy;
    input wire  [83:0] table_data;
    input wire  [15:0] slot_cid;
    input wire  [15:0] slot_length;
    input wire  emit_idle;
    output reg  [3:0] qp;
    output reg  [8:0] slot_address;
    output reg  table_write;
    output reg  [83:0] table_entry;
    output reg  issue;
    output reg  issue_controller;
    output reg  [63:0] issue_header;
    output reg  [2:0] issue_next;
    output reg  [63:0] issue_payload;
    output reg  [15:0] issue_length;
    output reg  path_error;
    output reg  [63:0] path_error_high;
    output reg  [511:0] busy_clear;
    output reg  command_replayed;
    output reg  paused;
    output reg  done;
    
    // Constant declarations
    localparam  first_qp = 4'h0;
    localparam  next_qp = 4'h1;
    localparam  last_qp = 4'hf;
    localparam  first_slot = 5'b0;
    localparam  next_slot = 5'b1;
    localparam  slot_shift = 9'b101;
    localparam  slot_shift_wide = 512'h5;
    localparam  qp_slot_mask = 512'hffffffff;
    localparam  one_slot_bit = 512'h1;
    localparam  no_slots = 512'h0;
    localparam  nothing_outstanding = 8'h0;
    localparam  type_command = 64'h1;
    localparam  type_takeover = 64'h800000002;
    localparam  flag_replay = 64'h100;
    localparam  path_error_status = 64'h6e0000000000000;
    localparam  cid_above_slot = 16'hffe0;
    localparam  shift_16 = 64'h10;
    localparam  shift_32 = 64'h20;
    localparam  shift_48 = 64'h30;
    
    // Enums
    localparam SweepKind$Fail = 0;
    localparam SweepKind$Readmit = 1;
    localparam SweepKind$Failback = 2;
    localparam EmitStep$Idle = 0;
    localparam EmitStep$Header = 1;
    localparam EmitStep$Payload = 2;
    localparam EmitStep$Slot = 3;
    localparam EmitStep$ReadLookup = 4;
    localparam EmitStep$ReadPass = 5;
    localparam SweepStep$Idle = 0;
    localparam SweepStep$Load = 1;
    localparam SweepStep$Decide = 2;
    localparam SweepStep$Takeover = 3;
    localparam SweepStep$SlotLoad = 4;
    localparam SweepStep$SlotAct = 5;
    localparam SweepStep$SlotNext = 6;
    localparam SweepStep$Write = 7;
    localparam SweepStep$Next = 8;
    localparam SweepStep$Resume = 9;
    localparam SweepStep$ResumeEntry = 10;
    
    // Stub signals
    reg  [3:0] step$d;
    wire  [3:0] step$q;
    reg  step$clock;
    reg  [1:0] kind$d;
    wire  [1:0] kind$q;
    reg  kind$clock;
    reg  controller$d;
    wire  controller$q;
    reg  controller$clock;
    reg  [3:0] at_qp$d;
    wire  [3:0] at_qp$q;
    reg  at_qp$clock;
    reg  [4:0] slot$d;
    wire  [4:0] slot$q;
    reg  slot$clock;
    reg  [83:0] entry$d;
    wire  [83:0] entry$q;
    reg  entry$clock;
    reg  at_takeover$d;
    wire  at_takeover$q;
    reg  at_takeover$clock;
    
    // Local signals
    reg  [83:0] decided;
    reg  waits_for_emitter;
    reg  [511:0] slot_bit;
    reg  slot_busy;
    reg  [511:0] qp_slots;
    reg  qp_busy;
    reg  later_busy;
    reg  [15:0] controller_cid;
    
    // Sub module instances
    nic_core$connectors$connector_1$sweeper$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    nic_core$connectors$connector_1$sweeper$kind kind(
        .d(kind$d),
        .q(kind$q),
        .clock(kind$clock)
    );
    nic_core$connectors$connector_1$sweeper$controller controller(
        .d(controller$d),
        .q(controller$q),
        .clock(controller$clock)
    );
    nic_core$connectors$connector_1$sweeper$at_qp at_qp(
        .d(at_qp$d),
        .q(at_qp$q),
        .clock(at_qp$clock)
    );
    nic_core$connectors$connector_1$sweeper$slot slot(
        .d(slot$d),
        .q(slot$q),
        .clock(slot$clock)
    );
    nic_core$connectors$connector_1$sweeper$entry entry(
        .d(entry$d),
        .q(entry$q),
        .clock(entry$clock)
    );
    nic_core$connectors$connector_1$sweeper$at_takeover at_takeover(
        .d(at_takeover$d),
        .q(at_takeover$q),
        .clock(at_takeover$clock)
    );
    
    // Update code
    always @(*) begin
        step$clock = clock;
        kind$clock = clock;
        controller$clock = clock;
        at_qp$clock = clock;
        slot$clock = clock;
        entry$clock = clock;
        at_takeover$clock = clock;
        step$d = step$q;
        kind$d = kind$q;
        controller$d = controller$q;
        at_qp$d = at_qp$q;
        slot$d = slot$q;
        entry$d = entry$q;
        at_takeover$d = at_takeover$q;
        qp = at_qp$q;
        slot_address = (((at_qp$q) & 9'h1ff) << slot_shift) | ((slot$q) & 9'h1ff);
        slot_bit = one_slot_bit << ((slot_address) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        slot_busy = |(busy & slot_bit);
        qp_slots = qp_slot_mask << (((at_qp$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << slot_shift_wide);
        qp_busy = |(busy & qp_slots);
        later_busy = |(busy & ~((slot_bit << one_slot_bit) - one_slot_bit) & qp_slots);
        controller_cid = (slot_cid & cid_above_slot) | ((slot$q) & 16'hffff);
        table_write = 1'b0;
        table_entry = entry$q;
        issue = 1'b0;
        issue_controller = entry$q[(64'h1)+:(1)];
        issue_header = type_takeover | (((at_qp$q) & 64'hffffffffffffffff) << shift_16);
        issue_next = EmitStep$Payload;
        issue_payload = ((entry$q[(64'h5)+:(16)]) & 64'hffffffffffffffff) | (((entry$q[(64'h15)+:(7)]) & 64'hffffffffffffffff) << shift_16) | (((entry$q[(64'h2c)+:(8)]) & 64'hffffffffffffffff) << shift_32);
        issue_length = slot_length;
        path_error = 1'b0;
        path_error_high = ((entry$q[(64'h15)+:(7)]) & 64'hffffffffffffffff) | path_error_status | (((slot_cid) & 64'hffffffffffffffff) << shift_32);
        busy_clear = no_slots;
        command_replayed = 1'b0;
        paused = 1'b0;
        done = 1'b0;
        decided = table_data;
        waits_for_emitter = 1'b0;
        if (active) begin
            case (step$q)
                SweepStep$Load:
                    begin
                        step$d = SweepStep$Decide;
                    end
                SweepStep$Decide:
                    begin
                        step$d = SweepStep$Next;
                        case (kind$q)
                            SweepKind$Fail:
                                begin
                                    if (table_data[(64'h0)+:(1)] & (table_data[(64'h1)+:(1)] == controller$q) & ~table_data[(64'h3)+:(1)]) begin
                                        decided[(64'h4)+:(1)] = 1'b0;
                                        if ((available[32'h1] & ~controller$q) | (available[32'h0] & controller$q)) begin
                                            decided[(64'h1)+:(1)] = ~controller$q;
                                            table_write = 1'b1;
                                            step$d = SweepStep$Takeover;
                                        end
                                        else begin
                                            decided[(64'h3)+:(1)] = 1'b1;
                                            slot$d = first_slot;
                                            step$d = SweepStep$SlotLoad;
                                        end
                                    end
                                end
                            SweepKind$Readmit:
                                begin
                                    if (table_data[(64'h0)+:(1)] & table_data[(64'h3)+:(1)]) begin
                                        decided[(64'h1)+:(1)] = controller$q;
                                        decided[(64'h3)+:(1)] = 1'b0;
                                        step$d = SweepStep$Takeover;
                                    end
                                end
                            default:
                                begin
                                    if (table_data[(64'h0)+:(1)] & ~table_data[(64'h3)+:(1)] & ~table_data[(64'h4)+:(1)] & (table_data[(64'h1)+:(1)] != table_data[(64'h2)+:(1)]) & ((available[32'h1] & table_data[(64'h2)+:(1)]) | (available[32'h0] & ~table_data[(64'h2)+:(1)]))) begin
                                        if (table_data[(64'h2c)+:(8)] == nothing_outstanding) begin
                                            decided[(64'h1)+:(1)] = table_data[(64'h2)+:(1)];
                                            step$d = SweepStep$Takeover;
                                        end
                                        else begin
                                            decided[(64'h4)+:(1)] = 1'b1;
                                            step$d = SweepStep$Write;
                                        end
                                    end
                                end
                        endcase
                        table_entry = decided;
                        entry$d = decided;
                    end
                SweepStep$Takeover:
                    begin
                        if (emit_idle) begin
                            issue = 1'b1;
                            slot$d = first_slot;
                            step$d = SweepStep$SlotLoad;
                            if (~qp_busy) begin
                                step$d = SweepStep$Write;
                            end
                        end
                        else begin
                            waits_for_emitter = 1'b1;
                        end
                    end
                SweepStep$SlotLoad:
                    begin
                        step$d = SweepStep$SlotAct;
                    end
                SweepStep$SlotAct:
                    begin
                        if (~slot_busy) begin
                            slot$d = slot$q + next_slot;
                            step$d = SweepStep$SlotLoad;
                            if (~later_busy) begin
                                step$d = SweepStep$Write;
                            end
                        end
                        else if (entry$q[(64'h3)+:(1)]) begin
                            busy_clear = slot_bit;
                            path_error = 1'b1;
                            step$d = SweepStep$SlotNext;
                        end
                        else if (emit_idle) begin
                            issue = 1'b1;
                            issue_header = type_command | flag_replay | (((at_qp$q) & 64'hffffffffffffffff) << shift_16) | (((slot_length) & 64'hffffffffffffffff) << shift_32) | (((controller_cid) & 64'hffffffffffffffff) << shift_48);
                            issue_next = EmitStep$Slot;
                            command_replayed = 1'b1;
                            step$d = SweepStep$SlotNext;
                        end
                        else begin
                            waits_for_emitter = 1'b1;
                        end
                    end
                SweepStep$SlotNext:
                    begin
                        slot$d = slot$q + next_slot;
                        step$d = SweepStep$SlotLoad;
                        if (~later_busy) begin
                            step$d = SweepStep$Write;
                        end
                    end
                SweepStep$Write:
                    begin
                        if (entry$q[(64'h3)+:(1)]) begin
                            table_entry[(64'h2c)+:(8)] = nothing_outstanding;
                        end
                        table_write = (kind$q != SweepKind$Fail) | entry$q[(64'h3)+:(1)];
                        step$d = SweepStep$Next;
                    end
                SweepStep$Next:
                    begin
                        at_qp$d = at_qp$q + next_qp;
                        step$d = SweepStep$Load;
                        if (at_qp$q == last_qp) begin
                            done = 1'b1;
                            step$d = SweepStep$Idle;
                        end
                    end
                SweepStep$Resume:
                    begin
                        step$d = SweepStep$ResumeEntry;
                    end
                SweepStep$ResumeEntry:
                    begin
                        entry$d = table_data;
                        step$d = SweepStep$SlotLoad;
                        if (at_takeover$q) begin
                            step$d = SweepStep$Takeover;
                        end
                    end
                default:
                    begin
                    end
            endcase
        end
        if (waits_for_emitter & (kind$q == SweepKind$Fail) & link_waiting) begin
            paused = 1'b1;
            at_takeover$d = step$q == SweepStep$Takeover;
            step$d = SweepStep$Resume;
        end
        if (start) begin
            kind$d = start_kind;
            controller$d = start_controller;
            at_qp$d = first_qp;
            step$d = SweepStep$Load;
        end
        if (reset) begin
            step$d = SweepStep$Idle;
        end
    end
    
endmodule // nic_core$connectors$connector_1$sweeper


module nic_core$connectors$connector_1$sweeper$at_qp(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$sweeper$at_qp


module nic_core$connectors$connector_1$sweeper$at_takeover(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$sweeper$at_takeover


module nic_core$connectors$connector_1$sweeper$controller(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$sweeper$controller


module nic_core$connectors$connector_1$sweeper$entry(d,q,clock);
    
    // Module arguments
    input wire  [83:0] d;
    output reg  [83:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 84'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$sweeper$entry


module nic_core$connectors$connector_1$sweeper$kind(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam SweepKind$Fail = 0;
    localparam SweepKind$Readmit = 1;
    localparam SweepKind$Failback = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$sweeper$kind


module nic_core$connectors$connector_1$sweeper$slot(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$sweeper$slot


module nic_core$connectors$connector_1$sweeper$step(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam SweepStep$Idle = 0;
    localparam SweepStep$Load = 1;
    localparam SweepStep$Decide = 2;
    localparam SweepStep$Takeover = 3;
    localparam SweepStep$SlotLoad = 4;
    localparam SweepStep$SlotAct = 5;
    localparam SweepStep$SlotNext = 6;
    localparam SweepStep$Write = 7;
    localparam SweepStep$Next = 8;
    localparam SweepStep$Resume = 9;
    localparam SweepStep$ResumeEntry = 10;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$sweeper$step


module nic_core$connectors$connector_1$work_caused(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$work_caused


module nic_core$connectors$connector_1$work_kind(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$work_kind


module nic_core$connectors$connector_1$work_length(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$work_length


module nic_core$connectors$connector_1$work_rkey(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$work_rkey


module nic_core$connectors$connector_1$work_tag(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$connector_1$work_tag


module nic_core$connectors$dispatcher(clock,reset,s_axis_tdata,s_axis_tkeep,s_axis_tlast,s_axis_tvalid,s_axis_tready,s_axis_qp,s_axis_message_end,m_axis_tdata,m_axis_tkeep,m_axis_tlast,m_axis_tvalid,m_axis_tready,m_axis_dest,m_axis_qp,m_axis_message_end,cfg_write,cfg_qp,cfg_enable,cfg_connector,packets_dispatched,packets_unknown_qp);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] s_axis_tdata;
    input wire  [7:0] s_axis_tkeep;
    input wire  s_axis_tlast;
    input wire  s_axis_tvalid;
    output reg  s_axis_tready;
    input wire  [23:0] s_axis_qp;
    input wire  s_axis_message_end;
    output reg  [63:0] m_axis_tdata;
    output reg  [7:0] m_axis_tkeep;
    output reg  m_axis_tlast;
    output reg  m_axis_tvalid;
    input wire  [1:0] m_axis_tready;
    output reg  m_axis_dest;
    output reg  [3:0] m_axis_qp;
    output reg  m_axis_message_end;
    input wire  cfg_write;
    input wire  [3:0] cfg_qp;
    input wire  cfg_enable;
    input wire  cfg_connector;
    output reg  [31:0] packets_dispatched;
    output reg  [31:0] packets_unknown_qp;
    
    // Constant declarations
    localparam  high_mask = 24'hfffff0;
    localparam  enable_bit = 8'h2;
    localparam  one = 32'h1;
    localparam  zero = 32'h0;
    localparam  one_hot_zero = 2'b1;
    
    // Stub signals
    reg  [3:0] map$read_address;
    reg  map$read_clock;
    wire  [7:0] map$read_data;
    reg  [3:0] map$write_address;
    reg  map$write_clock;
    reg  [7:0] map$write_data;
    reg  map$write_enable;
    reg  held$d;
    wire  held$q;
    reg  held$clock;
    reg  [63:0] held_data$d;
    wire  [63:0] held_data$q;
    reg  held_data$clock;
    reg  [7:0] held_keep$d;
    wire  [7:0] held_keep$q;
    reg  held_keep$clock;
    reg  held_last$d;
    wire  held_last$q;
    reg  held_last$clock;
    reg  [3:0] held_qp$d;
    wire  [3:0] held_qp$q;
    reg  held_qp$clock;
    reg  held_message_end$d;
    wire  held_message_end$q;
    reg  held_message_end$clock;
    reg  looked_up$d;
    wire  looked_up$q;
    reg  looked_up$clock;
    reg  route_deliver$d;
    wire  route_deliver$q;
    reg  route_deliver$clock;
    reg  route_dest$d;
    wire  route_dest$q;
    reg  route_dest$clock;
    reg  at_packet_start$d;
    wire  at_packet_start$q;
    reg  at_packet_start$clock;
    reg  [31:0] dispatched$d;
    wire  [31:0] dispatched$q;
    reg  dispatched$clock;
    reg  [31:0] unknown$d;
    wire  [31:0] unknown$q;
    reg  unknown$clock;
    
    // Local signals
    reg  deliver;
    reg  dest;
    reg  taken;
    reg  accept;
    reg  in_range;
    reg  [7:0] entry;
    reg  [3:0] qp_index;
    reg  [23:0] qp_high;
    
    // Sub module instances
    nic_core$connectors$dispatcher$map map(
        .read_address(map$read_address),
        .read_clock(map$read_clock),
        .read_data(map$read_data),
        .write_address(map$write_address),
        .write_clock(map$write_clock),
        .write_data(map$write_data),
        .write_enable(map$write_enable)
    );
    nic_core$connectors$dispatcher$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    nic_core$connectors$dispatcher$held_data held_data(
        .d(held_data$d),
        .q(held_data$q),
        .clock(held_data$clock)
    );
    nic_core$connectors$dispatcher$held_keep held_keep(
        .d(held_keep$d),
        .q(held_keep$q),
        .clock(held_keep$clock)
    );
    nic_core$connectors$dispatcher$held_last held_last(
        .d(held_last$d),
        .q(held_last$q),
        .clock(held_last$clock)
    );
    nic_core$connectors$dispatcher$held_qp held_qp(
        .d(held_qp$d),
        .q(held_qp$q),
        .clock(held_qp$clock)
    );
    nic_core$connectors$dispatcher$held_message_end held_message_end(
        .d(held_message_end$d),
        .q(held_message_end$q),
        .clock(held_message_end$clock)
    );
    nic_core$connectors$dispatcher$looked_up looked_up(
        .d(looked_up$d),
        .q(looked_up$q),
        .clock(looked_up$clock)
    );
    nic_core$connectors$dispatcher$route_deliver route_deliver(
        .d(route_deliver$d),
        .q(route_deliver$q),
        .clock(route_deliver$clock)
    );
    nic_core$connectors$dispatcher$route_dest route_dest(
        .d(route_dest$d),
        .q(route_dest$q),
        .clock(route_dest$clock)
    );
    nic_core$connectors$dispatcher$at_packet_start at_packet_start(
        .d(at_packet_start$d),
        .q(at_packet_start$q),
        .clock(at_packet_start$clock)
    );
    nic_core$connectors$dispatcher$dispatched dispatched(
        .d(dispatched$d),
        .q(dispatched$q),
        .clock(dispatched$clock)
    );
    nic_core$connectors$dispatcher$unknown unknown(
        .d(unknown$d),
        .q(unknown$q),
        .clock(unknown$clock)
    );
    
    // Update code
    always @(*) begin
        held$clock = clock;
        held_data$clock = clock;
        held_keep$clock = clock;
        held_last$clock = clock;
        held_qp$clock = clock;
        held_message_end$clock = clock;
        looked_up$clock = clock;
        route_deliver$clock = clock;
        route_dest$clock = clock;
        at_packet_start$clock = clock;
        dispatched$clock = clock;
        unknown$clock = clock;
        held$d = held$q;
        held_data$d = held_data$q;
        held_keep$d = held_keep$q;
        held_last$d = held_last$q;
        held_qp$d = held_qp$q;
        held_message_end$d = held_message_end$q;
        looked_up$d = looked_up$q;
        route_deliver$d = route_deliver$q;
        route_dest$d = route_dest$q;
        at_packet_start$d = at_packet_start$q;
        dispatched$d = dispatched$q;
        unknown$d = unknown$q;
        map$read_clock = clock;
        map$write_clock = clock;
        map$write_enable = cfg_write;
        map$write_address = cfg_qp;
        map$write_data = ((cfg_connector) & 8'hff);
        if (cfg_enable) begin
            map$write_data = ((cfg_connector) & 8'hff) | enable_bit;
        end
        qp_index = ((s_axis_qp) & 4'hf);
        map$read_address = qp_index;
        entry = map$read_data;
        in_range = route_deliver$q;
        deliver = route_deliver$q;
        dest = route_dest$q;
        if (looked_up$q) begin
            deliver = |(entry & enable_bit) & in_range;
            dest = ((entry) & 1'h1);
            route_deliver$d = deliver;
            route_dest$d = dest;
        end
        qp_high = s_axis_qp & high_mask;
        looked_up$d = 1'b0;
        m_axis_tdata = held_data$q;
        m_axis_tkeep = held_keep$q;
        m_axis_tlast = held_last$q;
        m_axis_qp = held_qp$q;
        m_axis_message_end = held_message_end$q;
        m_axis_dest = dest;
        m_axis_tvalid = held$q & deliver;
        taken = held$q & (~deliver | |(m_axis_tready & (one_hot_zero << dest)));
        accept = s_axis_tvalid & (~held$q | taken);
        s_axis_tready = ~held$q | taken;
        if (taken & held_last$q) begin
            if (deliver) begin
                dispatched$d = dispatched$q + one;
            end
            else begin
                unknown$d = unknown$q + one;
            end
        end
        if (taken) begin
            held$d = 1'b0;
        end
        if (accept) begin
            held$d = 1'b1;
            held_data$d = s_axis_tdata;
            held_keep$d = s_axis_tkeep;
            held_last$d = s_axis_tlast;
            held_qp$d = qp_index;
            held_message_end$d = s_axis_message_end;
            looked_up$d = at_packet_start$q;
            at_packet_start$d = s_axis_tlast;
            if (at_packet_start$q) begin
                route_deliver$d = ~|qp_high;
            end
        end
        packets_dispatched = dispatched$q;
        packets_unknown_qp = unknown$q;
        if (reset) begin
            held$d = 1'b0;
            looked_up$d = 1'b0;
            at_packet_start$d = 1'b1;
            dispatched$d = zero;
            unknown$d = zero;
        end
    end
    
endmodule // nic_core$connectors$dispatcher


module nic_core$connectors$dispatcher$at_packet_start(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$dispatcher$at_packet_start


module nic_core$connectors$dispatcher$dispatched(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$dispatcher$dispatched


module nic_core$connectors$dispatcher$held(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$dispatcher$held


module nic_core$connectors$dispatcher$held_data(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$dispatcher$held_data


module nic_core$connectors$dispatcher$held_keep(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$dispatcher$held_keep


module nic_core$connectors$dispatcher$held_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$dispatcher$held_last


module nic_core$connectors$dispatcher$held_message_end(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$dispatcher$held_message_end


module nic_core$connectors$dispatcher$held_qp(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$dispatcher$held_qp


module nic_core$connectors$dispatcher$looked_up(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$dispatcher$looked_up


module nic_core$connectors$dispatcher$map(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [7:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[7:0] mem[15:0];
    
    initial begin
    mem[4'h0] = 8'h0;
    mem[4'h1] = 8'h0;
    mem[4'h2] = 8'h0;
    mem[4'h3] = 8'h0;
    mem[4'h4] = 8'h0;
    mem[4'h5] = 8'h0;
    mem[4'h6] = 8'h0;
    mem[4'h7] = 8'h0;
    mem[4'h8] = 8'h0;
    mem[4'h9] = 8'h0;
    mem[4'ha] = 8'h0;
    mem[4'hb] = 8'h0;
    mem[4'hc] = 8'h0;
    mem[4'hd] = 8'h0;
    mem[4'he] = 8'h0;
    mem[4'hf] = 8'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$connectors$dispatcher$map


module nic_core$connectors$dispatcher$route_deliver(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$dispatcher$route_deliver


module nic_core$connectors$dispatcher$route_dest(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$dispatcher$route_dest


module nic_core$connectors$dispatcher$unknown(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$dispatcher$unknown


module nic_core$connectors$supervisor(clock,reset,link_up,heartbeat_timeout,heard,work_from,fence_acked_a,fence_acked_b,failback_request,fenced,available,fail_start,fence_request,readmit,failback,failovers,failbacks,last_failover_cycles);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [1:0] link_up;
    input wire  [15:0] heartbeat_timeout;
    input wire  [1:0] heard;
    input wire  [1:0] work_from;
    input wire  [1:0] fence_acked_a;
    input wire  [1:0] fence_acked_b;
    input wire  failback_request;
    output reg  [1:0] fenced;
    output reg  [1:0] available;
    output reg  [1:0] fail_start;
    output reg  [1:0] fence_request;
    output reg  [1:0] readmit;
    output reg  failback;
    output reg  [31:0] failovers;
    output reg  [31:0] failbacks;
    output reg  [31:0] last_failover_cycles;
    
    // Constant declarations
    localparam  bit_a = 2'b1;
    localparam  bit_b = 2'b10;
    localparam  zero_2 = 2'b0;
    localparam  zero_16 = 16'h0;
    localparam  one_16 = 16'h1;
    localparam  max_16 = 16'hffff;
    localparam  zero_32 = 32'h0;
    localparam  one_32 = 32'h1;
    localparam  no_acks = 2'b0;
    localparam  all_acks = 2'b11;
    
    // Stub signals
    reg  [1:0] fenced_state$d;
    wire  [1:0] fenced_state$q;
    reg  fenced_state$clock;
    reg  [1:0] fence_requested$d;
    wire  [1:0] fence_requested$q;
    reg  fence_requested$clock;
    reg  [1:0] acks_a$d;
    wire  [1:0] acks_a$q;
    reg  acks_a$clock;
    reg  [1:0] acks_b$d;
    wire  [1:0] acks_b$q;
    reg  acks_b$clock;
    reg  [15:0] silent_a$d;
    wire  [15:0] silent_a$q;
    reg  silent_a$clock;
    reg  [15:0] silent_b$d;
    wire  [15:0] silent_b$q;
    reg  silent_b$clock;
    reg  [1:0] fail_pulse$d;
    wire  [1:0] fail_pulse$q;
    reg  fail_pulse$clock;
    reg  [1:0] fence_pulse$d;
    wire  [1:0] fence_pulse$q;
    reg  fence_pulse$clock;
    reg  [1:0] readmit_pulse$d;
    wire  [1:0] readmit_pulse$q;
    reg  readmit_pulse$clock;
    reg  failback_pulse$d;
    wire  failback_pulse$q;
    reg  failback_pulse$clock;
    reg  [31:0] failover_count$d;
    wire  [31:0] failover_count$q;
    reg  failover_count$clock;
    reg  [31:0] failback_count$d;
    wire  [31:0] failback_count$q;
    reg  failback_count$clock;
    reg  measuring$d;
    wire  measuring$q;
    reg  measuring$clock;
    reg  [1:0] measure_target$d;
    wire  [1:0] measure_target$q;
    reg  measure_target$clock;
    reg  [31:0] measure_cycles$d;
    wire  [31:0] measure_cycles$q;
    reg  measure_cycles$clock;
    reg  [31:0] last_cycles$d;
    wire  [31:0] last_cycles$q;
    reg  last_cycles$clock;
    
    // Local signals
    reg  [1:0] detect;
    reg  all_acked_a;
    reg  [1:0] fence_new;
    reg  [1:0] readmit_new;
    reg  all_acked_b;
    
    // Sub module instances
    nic_core$connectors$supervisor$fenced_state fenced_state(
        .d(fenced_state$d),
        .q(fenced_state$q),
        .clock(fenced_state$clock)
    );
    nic_core$connectors$supervisor$fence_requested fence_requested(
        .d(fence_requested$d),
        .q(fence_requested$q),
        .clock(fence_requested$clock)
    );
    nic_core$connectors$supervisor$acks_a acks_a(
        .d(acks_a$d),
        .q(acks_a$q),
        .clock(acks_a$clock)
    );
    nic_core$connectors$supervisor$acks_b acks_b(
        .d(acks_b$d),
        .q(acks_b$q),
        .clock(acks_b$clock)
    );
    nic_core$connectors$supervisor$silent_a silent_a(
        .d(silent_a$d),
        .q(silent_a$q),
        .clock(silent_a$clock)
    );
    nic_core$connectors$supervisor$silent_b silent_b(
        .d(silent_b$d),
        .q(silent_b$q),
        .clock(silent_b$clock)
    );
    nic_core$connectors$supervisor$fail_pulse fail_pulse(
        .d(fail_pulse$d),
        .q(fail_pulse$q),
        .clock(fail_pulse$clock)
    );
    nic_core$connectors$supervisor$fence_pulse fence_pulse(
        .d(fence_pulse$d),
        .q(fence_pulse$q),
        .clock(fence_pulse$clock)
    );
    nic_core$connectors$supervisor$readmit_pulse readmit_pulse(
        .d(readmit_pulse$d),
        .q(readmit_pulse$q),
        .clock(readmit_pulse$clock)
    );
    nic_core$connectors$supervisor$failback_pulse failback_pulse(
        .d(failback_pulse$d),
        .q(failback_pulse$q),
        .clock(failback_pulse$clock)
    );
    nic_core$connectors$supervisor$failover_count failover_count(
        .d(failover_count$d),
        .q(failover_count$q),
        .clock(failover_count$clock)
    );
    nic_core$connectors$supervisor$failback_count failback_count(
        .d(failback_count$d),
        .q(failback_count$q),
        .clock(failback_count$clock)
    );
    nic_core$connectors$supervisor$measuring measuring(
        .d(measuring$d),
        .q(measuring$q),
        .clock(measuring$clock)
    );
    nic_core$connectors$supervisor$measure_target measure_target(
        .d(measure_target$d),
        .q(measure_target$q),
        .clock(measure_target$clock)
    );
    nic_core$connectors$supervisor$measure_cycles measure_cycles(
        .d(measure_cycles$d),
        .q(measure_cycles$q),
        .clock(measure_cycles$clock)
    );
    nic_core$connectors$supervisor$last_cycles last_cycles(
        .d(last_cycles$d),
        .q(last_cycles$q),
        .clock(last_cycles$clock)
    );
    
    // Update code
    always @(*) begin
        fenced_state$clock = clock;
        fence_requested$clock = clock;
        acks_a$clock = clock;
        acks_b$clock = clock;
        silent_a$clock = clock;
        silent_b$clock = clock;
        fail_pulse$clock = clock;
        fence_pulse$clock = clock;
        readmit_pulse$clock = clock;
        failback_pulse$clock = clock;
        failover_count$clock = clock;
        failback_count$clock = clock;
        measuring$clock = clock;
        measure_target$clock = clock;
        measure_cycles$clock = clock;
        last_cycles$clock = clock;
        fenced_state$d = fenced_state$q;
        fence_requested$d = fence_requested$q;
        acks_a$d = acks_a$q;
        acks_b$d = acks_b$q;
        silent_a$d = silent_a$q;
        silent_b$d = silent_b$q;
        fail_pulse$d = fail_pulse$q;
        fence_pulse$d = fence_pulse$q;
        readmit_pulse$d = readmit_pulse$q;
        failback_pulse$d = failback_pulse$q;
        failover_count$d = failover_count$q;
        failback_count$d = failback_count$q;
        measuring$d = measuring$q;
        measure_target$d = measure_target$q;
        measure_cycles$d = measure_cycles$q;
        last_cycles$d = last_cycles$q;
        silent_a$d = silent_a$q + one_16;
        if (silent_a$q == max_16) begin
            silent_a$d = max_16;
        end
        if (heard[32'h0] | fenced_state$q[32'h0] | ~link_up[32'h0]) begin
            silent_a$d = zero_16;
        end
        silent_b$d = silent_b$q + one_16;
        if (silent_b$q == max_16) begin
            silent_b$d = max_16;
        end
        if (heard[32'h1] | fenced_state$q[32'h1] | ~link_up[32'h1]) begin
            silent_b$d = zero_16;
        end
        detect = zero_2;
        if (~fenced_state$q[32'h0] & (~link_up[32'h0] | ((heartbeat_timeout != zero_16) & (silent_a$q >= heartbeat_timeout)))) begin
            detect = bit_a;
        end
        if (~fenced_state$q[32'h1] & (~link_up[32'h1] | ((heartbeat_timeout != zero_16) & (silent_b$q >= heartbeat_timeout)))) begin
            detect = detect | bit_b;
        end
        fail_pulse$d = detect;
        fenced_state$d = fenced_state$q | detect;
        if (|detect) begin
            failover_count$d = failover_count$q + one_32;
            measuring$d = 1'b1;
            measure_cycles$d = zero_32;
            measure_target$d = ~detect;
        end
        fence_new = zero_2;
        readmit_new = zero_2;
        all_acked_a = (acks_a$q | fence_acked_a) == all_acks;
        all_acked_b = (acks_b$q | fence_acked_b) == all_acks;
        acks_a$d = acks_a$q | fence_acked_a;
        acks_b$d = acks_b$q | fence_acked_b;
        if (fenced_state$q[32'h0] & link_up[32'h0]) begin
            if (~fence_requested$q[32'h0]) begin
                fence_new = bit_a;
                fence_requested$d = fence_requested$q | bit_a;
                acks_a$d = no_acks;
            end
            else if (all_acked_a) begin
                readmit_new = bit_a;
                fenced_state$d = fenced_state$q & ~bit_a;
                fence_requested$d = fence_requested$q & ~bit_a;
            end
        end
        if (~link_up[32'h0]) begin
            fence_requested$d = fence_requested$q & ~bit_a;
        end
        if (fenced_state$q[32'h1] & link_up[32'h1]) begin
            if (~fence_requested$q[32'h1]) begin
                fence_new = fence_new | bit_b;
                fence_requested$d = fence_requested$q | bit_b;
                acks_b$d = no_acks;
            end
            else if (all_acked_b) begin
                readmit_new = readmit_new | bit_b;
                fenced_state$d = fenced_state$q & ~bit_b;
                fence_requested$d = fence_requested$q & ~bit_b;
            end
        end
        if (~link_up[32'h1]) begin
            fence_requested$d = fence_requested$q & ~bit_b;
        end
        fence_pulse$d = fence_new;
        readmit_pulse$d = readmit_new;
        failback_pulse$d = failback_request;
        if (failback_request) begin
            failback_count$d = failback_count$q + one_32;
        end
        if (measuring$q) begin
            measure_cycles$d = measure_cycles$q + one_32;
            if (|(work_from & measure_target$q)) begin
                measuring$d = 1'b0;
                last_cycles$d = measure_cycles$q;
            end
        end
        fenced = fenced_state$q;
        available = link_up & ~fenced_state$q;
        fail_start = fail_pulse$q;
        fence_request = fence_pulse$q;
        readmit = readmit_pulse$q;
        failback = failback_pulse$q;
        failovers = failover_count$q;
        failbacks = failback_count$q;
        last_failover_cycles = last_cycles$q;
        if (reset) begin
            fenced_state$d = zero_2;
            fence_requested$d = zero_2;
            fail_pulse$d = zero_2;
            fence_pulse$d = zero_2;
            readmit_pulse$d = zero_2;
            failback_pulse$d = 1'b0;
            silent_a$d = zero_16;
            silent_b$d = zero_16;
            failover_count$d = zero_32;
            failback_count$d = zero_32;
            measuring$d = 1'b0;
            last_cycles$d = zero_32;
        end
    end
    
endmodule // nic_core$connectors$supervisor


module nic_core$connectors$supervisor$acks_a(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$supervisor$acks_a


module nic_core$connectors$supervisor$acks_b(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$supervisor$acks_b


module nic_core$connectors$supervisor$fail_pulse(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$supervisor$fail_pulse


module nic_core$connectors$supervisor$failback_count(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$supervisor$failback_count


module nic_core$connectors$supervisor$failback_pulse(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$supervisor$failback_pulse


module nic_core$connectors$supervisor$failover_count(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$supervisor$failover_count


module nic_core$connectors$supervisor$fence_pulse(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$supervisor$fence_pulse


module nic_core$connectors$supervisor$fence_requested(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$supervisor$fence_requested


module nic_core$connectors$supervisor$fenced_state(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$supervisor$fenced_state


module nic_core$connectors$supervisor$last_cycles(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$supervisor$last_cycles


module nic_core$connectors$supervisor$measure_cycles(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$supervisor$measure_cycles


module nic_core$connectors$supervisor$measure_target(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$supervisor$measure_target


module nic_core$connectors$supervisor$measuring(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$supervisor$measuring


module nic_core$connectors$supervisor$readmit_pulse(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$supervisor$readmit_pulse


module nic_core$connectors$supervisor$silent_a(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$supervisor$silent_a


module nic_core$connectors$supervisor$silent_b(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$connectors$supervisor$silent_b


module nic_core$enabled(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$enabled


module nic_core$frames(clock,reset,desc_valid,desc_ready,desc_opcode,desc_dest_qp,desc_psn,desc_ack_req,desc_aeth_syndrome,desc_payload_length,desc_has_payload,s_axis_tdata,s_axis_tkeep,s_axis_tlast,s_axis_tvalid,s_axis_tready,verdict_valid,verdict_ready,verdict_cause,frame_valid,frame,frame_pop,m_axis_tdata,m_axis_tkeep,m_axis_tlast,m_axis_tvalid,m_axis_tready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  desc_valid;
    output reg  desc_ready;
    input wire  [7:0] desc_opcode;
    input wire  [23:0] desc_dest_qp;
    input wire  [23:0] desc_psn;
    input wire  desc_ack_req;
    input wire  [7:0] desc_aeth_syndrome;
    input wire  [15:0] desc_payload_length;
    input wire  desc_has_payload;
    input wire  [63:0] s_axis_tdata;
    input wire  [7:0] s_axis_tkeep;
    input wire  s_axis_tlast;
    input wire  s_axis_tvalid;
    output reg  s_axis_tready;
    input wire  verdict_valid;
    output reg  verdict_ready;
    input wire  [4:0] verdict_cause;
    output reg  frame_valid;
    output reg  [79:0] frame;
    input wire  frame_pop;
    output reg  [63:0] m_axis_tdata;
    output reg  [7:0] m_axis_tkeep;
    output reg  m_axis_tlast;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    
    // Constant declarations
    localparam  ring_size = 11'b10000000000;
    localparam  one = 11'b1;
    localparam  zero = 11'b0;
    
    // Stub signals
    reg  [9:0] ring$read_address;
    reg  ring$read_clock;
    wire  [72:0] ring$read_data;
    reg  [9:0] ring$write_address;
    reg  ring$write_clock;
    reg  [72:0] ring$write_data;
    reg  ring$write_enable;
    reg  [79:0] pending$d;
    wire  [79:0] pending$q;
    reg  pending$clock;
    reg  pending_valid$d;
    wire  pending_valid$q;
    reg  pending_valid$clock;
    reg  [79:0] head$d;
    wire  [79:0] head$q;
    reg  head$clock;
    reg  head_valid$d;
    wire  head_valid$q;
    reg  head_valid$clock;
    reg  [79:0] second$d;
    wire  [79:0] second$q;
    reg  second$clock;
    reg  second_valid$d;
    wire  second_valid$q;
    reg  second_valid$clock;
    reg  [10:0] write_pointer$d;
    wire  [10:0] write_pointer$q;
    reg  write_pointer$clock;
    reg  [10:0] read_pointer$d;
    wire  [10:0] read_pointer$q;
    reg  read_pointer$clock;
    reg  [10:0] written$d;
    wire  [10:0] written$q;
    reg  written$clock;
    
    // Local signals
    reg  [79:0] judged;
    reg  take_verdict;
    reg  pop;
    reg  ring_full;
    reg  advance;
    reg  [10:0] next_read;
    reg  [72:0] stored;
    
    // Sub module instances
    nic_core$frames$ring ring(
        .read_address(ring$read_address),
        .read_clock(ring$read_clock),
        .read_data(ring$read_data),
        .write_address(ring$write_address),
        .write_clock(ring$write_clock),
        .write_data(ring$write_data),
        .write_enable(ring$write_enable)
    );
    nic_core$frames$pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    nic_core$frames$pending_valid pending_valid(
        .d(pending_valid$d),
        .q(pending_valid$q),
        .clock(pending_valid$clock)
    );
    nic_core$frames$head head(
        .d(head$d),
        .q(head$q),
        .clock(head$clock)
    );
    nic_core$frames$head_valid head_valid(
        .d(head_valid$d),
        .q(head_valid$q),
        .clock(head_valid$clock)
    );
    nic_core$frames$second second(
        .d(second$d),
        .q(second$q),
        .clock(second$clock)
    );
    nic_core$frames$second_valid second_valid(
        .d(second_valid$d),
        .q(second_valid$q),
        .clock(second_valid$clock)
    );
    nic_core$frames$write_pointer write_pointer(
        .d(write_pointer$d),
        .q(write_pointer$q),
        .clock(write_pointer$clock)
    );
    nic_core$frames$read_pointer read_pointer(
        .d(read_pointer$d),
        .q(read_pointer$q),
        .clock(read_pointer$clock)
    );
    nic_core$frames$written written(
        .d(written$d),
        .q(written$q),
        .clock(written$clock)
    );
    
    // Update code
    always @(*) begin
        pending$clock = clock;
        pending_valid$clock = clock;
        head$clock = clock;
        head_valid$clock = clock;
        second$clock = clock;
        second_valid$clock = clock;
        write_pointer$clock = clock;
        read_pointer$clock = clock;
        written$clock = clock;
        pending$d = pending$q;
        pending_valid$d = pending_valid$q;
        head$d = head$q;
        head_valid$d = head_valid$q;
        second$d = second$q;
        second_valid$d = second_valid$q;
        write_pointer$d = write_pointer$q;
        read_pointer$d = read_pointer$q;
        written$d = written$q;
        ring$read_clock = clock;
        ring$write_clock = clock;
        desc_ready = ~pending_valid$q;
        if (desc_valid & ~pending_valid$q) begin
            pending$d[(64'h0)+:(8)] = desc_opcode;
            pending$d[(64'h8)+:(24)] = desc_dest_qp;
            pending$d[(64'h20)+:(24)] = desc_psn;
            pending$d[(64'h38)+:(1)] = desc_ack_req;
            pending$d[(64'h39)+:(8)] = desc_aeth_syndrome;
            pending$d[(64'h41)+:(13)] = desc_payload_length[(32'h0)+:(13)];
            pending$d[(64'h4e)+:(1)] = desc_has_payload;
            pending$d[(64'h4f)+:(1)] = 1'b0;
            pending_valid$d = 1'b1;
        end
        verdict_ready = pending_valid$q & ~second_valid$q;
        take_verdict = verdict_valid & pending_valid$q & ~second_valid$q;
        judged = pending$q;
        judged[(64'h4f)+:(1)] = ~|verdict_cause;
        frame_valid = head_valid$q;
        frame = head$q;
        pop = frame_pop & head_valid$q;
        if (pop) begin
            if (second_valid$q) begin
                head$d = second$q;
                second_valid$d = 1'b0;
            end
            else begin
                head_valid$d = 1'b0;
            end
        end
        if (take_verdict) begin
            pending_valid$d = 1'b0;
            if (~head_valid$q | (pop & ~second_valid$q)) begin
                head$d = judged;
                head_valid$d = 1'b1;
            end
            else begin
                second$d = judged;
                second_valid$d = 1'b1;
            end
        end
        ring_full = (write_pointer$q - read_pointer$q) == ring_size;
        s_axis_tready = ~ring_full;
        stored[(64'h0)+:(64)] = s_axis_tdata;
        stored[(64'h40)+:(8)] = s_axis_tkeep;
        stored[(64'h48)+:(1)] = s_axis_tlast;
        ring$write_data = stored;
        ring$write_address = ((write_pointer$q) & 10'h3ff);
        ring$write_enable = s_axis_tvalid & ~ring_full;
        if (s_axis_tvalid & ~ring_full) begin
            write_pointer$d = write_pointer$q + one;
        end
        written$d = write_pointer$q;
        m_axis_tvalid = read_pointer$q != written$q;
        advance = (read_pointer$q != written$q) & m_axis_tready;
        next_read = read_pointer$q;
        if (advance) begin
            next_read = read_pointer$q + one;
        end
        read_pointer$d = next_read;
        ring$read_address = ((next_read) & 10'h3ff);
        m_axis_tdata = ring$read_data[(64'h0)+:(64)];
        m_axis_tkeep = ring$read_data[(64'h40)+:(8)];
        m_axis_tlast = ring$read_data[(64'h48)+:(1)];
        if (reset) begin
            pending_valid$d = 1'b0;
            head_valid$d = 1'b0;
            second_valid$d = 1'b0;
            write_pointer$d = zero;
            read_pointer$d = zero;
            written$d = zero;
        end
    end
    
endmodule // nic_core$frames


module nic_core$frames$head(d,q,clock);
    
    // Module arguments
    input wire  [79:0] d;
    output reg  [79:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 80'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$frames$head


module nic_core$frames$head_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$frames$head_valid


module nic_core$frames$pending(d,q,clock);
    
    // Module arguments
    input wire  [79:0] d;
    output reg  [79:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 80'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$frames$pending


module nic_core$frames$pending_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$frames$pending_valid


module nic_core$frames$read_pointer(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$frames$read_pointer


module nic_core$frames$ring(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [9:0] read_address;
    input wire  read_clock;
    output reg  [72:0] read_data;
    input wire  [9:0] write_address;
    input wire  write_clock;
    input wire  [72:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[72:0] mem[1023:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$frames$ring


module nic_core$frames$second(d,q,clock);
    
    // Module arguments
    input wire  [79:0] d;
    output reg  [79:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 80'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$frames$second


module nic_core$frames$second_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$frames$second_valid


module nic_core$frames$write_pointer(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$frames$write_pointer


module nic_core$frames$written(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$frames$written


module nic_core$owner(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$owner


module nic_core$parser(clock,reset,cfg_pkey,cfg_path_mtu,s_axis_tdata,s_axis_tkeep,s_axis_tlast,s_axis_tuser,s_axis_tvalid,s_axis_tready,m_axis_payload_tdata,m_axis_payload_tkeep,m_axis_payload_tlast,m_axis_payload_tuser,m_axis_payload_tvalid,m_axis_payload_tready,desc_valid,desc_ready,desc_dst_mac,desc_src_mac,desc_src_ip,desc_dst_ip,desc_ip_dscp,desc_ip_ecn,desc_udp_src_port,desc_udp_dst_port,desc_opcode,desc_solicited,desc_mig_req,desc_pad_count,desc_tver,desc_pkey,desc_fecn,desc_becn,desc_dest_qp,desc_ack_req,desc_psn,desc_has_reth,desc_reth_va,desc_reth_rkey,desc_reth_dma_length,desc_has_aeth,desc_aeth_syndrome,desc_aeth_msn,desc_has_immdt,desc_immdt,desc_has_ieth,desc_ieth_rkey,desc_has_deth,desc_deth_qkey,desc_deth_src_qp,desc_payload_length,desc_has_payload,verdict_valid,verdict_ready,verdict_cause,stat_index,stat_value);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [15:0] cfg_pkey;
    input wire  [12:0] cfg_path_mtu;
    input wire  [63:0] s_axis_tdata;
    input wire  [7:0] s_axis_tkeep;
    input wire  s_axis_tlast;
    input wire  s_axis_tuser;
    input wire  s_axis_tvalid;
    output reg  s_axis_tready;
    output reg  [63:0] m_axis_payload_tdata;
    output reg  [7:0] m_axis_payload_tkeep;
    output reg  m_axis_payload_tlast;
    output reg  m_axis_payload_tuser;
    output reg  m_axis_payload_tvalid;
    input wire  m_axis_payload_tready;
    output reg  desc_valid;
    input wire  desc_ready;
    output reg  [47:0] desc_dst_mac;
    output reg  [47:0] desc_src_mac;
    output reg  [31:0] desc_src_ip;
    output reg  [31:0] desc_dst_ip;
    output reg  [5:0] desc_ip_dscp;
    output reg  [1:0] desc_ip_ecn;
    output reg  [15:0] desc_udp_src_port;
    output reg  [15:0] desc_udp_dst_port;
    output reg  [7:0] desc_opcode;
    output reg  desc_solicited;
    output reg  desc_mig_req;
    output reg  [1:0] desc_pad_count;
    output reg  [3:0] desc_tver;
    output reg  [15:0] desc_pkey;
    output reg  desc_fecn;
    output reg  desc_becn;
    output reg  [23:0] desc_dest_qp;
    output reg  desc_ack_req;
    output reg  [23:0] desc_psn;
    output reg  desc_has_reth;
    output reg  [63:0] desc_reth_va;
    output reg  [31:0] desc_reth_rkey;
    output reg  [31:0] desc_reth_dma_length;
    output reg  desc_has_aeth;
    output reg  [7:0] desc_aeth_syndrome;
    output reg  [23:0] desc_aeth_msn;
    output reg  desc_has_immdt;
    output reg  [31:0] desc_immdt;
    output reg  desc_has_ieth;
    output reg  [31:0] desc_ieth_rkey;
    output reg  desc_has_deth;
    output reg  [31:0] desc_deth_qkey;
    output reg  [23:0] desc_deth_src_qp;
    output reg  [15:0] desc_payload_length;
    output reg  desc_has_payload;
    output reg  verdict_valid;
    input wire  verdict_ready;
    output reg  [4:0] verdict_cause;
    input wire  [4:0] stat_index;
    output reg  [31:0] stat_value;
    
    // Constant declarations
    localparam  no_header = 465'h0;
    localparam  first_phase = 11'b1;
    localparam  beyond_phase = 11'b10000000000;
    localparam  all_lanes = 4'h8;
    localparam  one_lane = 4'h1;
    localparam  lane_two = 4'h2;
    localparam  no_room = 17'b0;
    localparam  no_beats = 10'b0;
    localparam  one_beat = 10'b1;
    localparam  beat_six = 10'b110;
    localparam  eth_header_minus_one = 17'b1101;
    localparam  ip_header_bytes = 16'h14;
    localparam  min_frame_last_byte = 17'b111011;
    localparam  min_frame_beat = 10'b111;
    localparam  min_frame_lanes = 4'h4;
    localparam  beat_max = 10'b1111111111;
    
    // Stub signals
    reg  input_slice$clock;
    reg  input_slice$reset;
    reg  [94:0] input_slice$in_data;
    reg  input_slice$in_valid;
    wire  input_slice$in_ready;
    wire  [94:0] input_slice$out_data;
    wire  input_slice$out_valid;
    reg  input_slice$out_ready;
    reg  checks$clock;
    reg  [15:0] checks$cfg_pkey;
    reg  [12:0] checks$cfg_path_mtu;
    reg  [17:0] checks$flags;
    reg  [63:0] checks$beat;
    reg  checks$beat_0;
    reg  checks$beat_1;
    reg  checks$beat_2;
    reg  checks$beat_4;
    reg  checks$beat_5;
    reg  checks$beat_6;
    reg  checks$beat_complete;
    reg  checks$beat_mac_error;
    reg  checks$opcode_supported;
    reg  checks$udp_length_ok;
    reg  [16:0] checks$payload_room;
    reg  [1:0] checks$rule;
    reg  [1:0] checks$pad_count;
    wire  [17:0] checks$next_flags;
    wire  checks$structural_error;
    wire  checks$length_check_failed;
    reg  payload$clock;
    reg  payload$reset;
    reg  [63:0] payload$beat;
    reg  [3:0] payload$beat_lanes;
    reg  payload$beat_last;
    reg  payload$beat_taken;
    reg  payload$last_beat_loads;
    reg  payload$headers_end_here;
    reg  payload$headers_end_now;
    reg  [3:0] payload$payload_lane;
    reg  [16:0] payload$payload_room;
    reg  payload$payload_starts;
    reg  payload$length_check_failed;
    reg  payload$ended_with_length_error;
    wire  payload$ready;
    wire  payload$draining;
    wire  [63:0] payload$m_axis_tdata;
    wire  [7:0] payload$m_axis_tkeep;
    wire  payload$m_axis_tlast;
    wire  payload$m_axis_tuser;
    wire  payload$m_axis_tvalid;
    reg  payload$m_axis_tready;
    reg  [7:0] keep_bytes$data_in;
    wire  [63:0] keep_bytes$data_out;
    reg  [63:0] byte_swap$data_in;
    wire  [63:0] byte_swap$data_out;
    reg  [7:0] opcodes$address;
    wire  [22:0] opcodes$data;
    reg  [7:0] keep_lanes$address;
    wire  [3:0] keep_lanes$data;
    reg  icrc$clock;
    reg  icrc$reset;
    reg  [63:0] icrc$beat;
    reg  icrc$beat_taken;
    reg  icrc$beat_last;
    reg  icrc$beat_0;
    reg  icrc$beat_1;
    reg  icrc$beat_2;
    reg  icrc$beat_3;
    reg  icrc$beat_5;
    wire  icrc$result_valid;
    wire  icrc$result_ok;
    reg  checksum$clock;
    reg  checksum$reset;
    reg  [63:0] checksum$beat;
    reg  checksum$beat_taken;
    reg  checksum$beat_1;
    reg  checksum$beat_2;
    reg  checksum$beat_3;
    reg  checksum$beat_4;
    wire  checksum$bad;
    reg  verdict$clock;
    reg  verdict$reset;
    reg  verdict$frame_end;
    reg  [17:0] verdict$frame_flags;
    reg  verdict$checksum_bad;
    reg  verdict$icrc_valid;
    reg  verdict$icrc_ok;
    wire  verdict$valid;
    reg  verdict$ready;
    wire  [4:0] verdict$cause;
    wire  verdict$busy;
    wire  verdict$ended_with_length_error;
    reg  [4:0] verdict$stat_index;
    wire  [31:0] verdict$stat_value;
    reg  [9:0] beat$d;
    wire  [9:0] beat$q;
    reg  beat$clock;
    reg  [10:0] phase$d;
    wire  [10:0] phase$q;
    reg  phase$clock;
    reg  bth_seen$d;
    wire  bth_seen$q;
    reg  bth_seen$clock;
    reg  header_end_next$d;
    wire  header_end_next$q;
    reg  header_end_next$clock;
    reg  [464:0] header$d;
    wire  [464:0] header$q;
    reg  header$clock;
    reg  [17:0] flags$d;
    wire  [17:0] flags$q;
    reg  flags$clock;
    reg  header_done$d;
    wire  header_done$q;
    reg  header_done$clock;
    reg  [15:0] ip_length$d;
    wire  [15:0] ip_length$q;
    reg  ip_length$clock;
    reg  udp_length_ok$d;
    wire  udp_length_ok$q;
    reg  udp_length_ok$clock;
    reg  [16:0] payload_room$d;
    wire  [16:0] payload_room$q;
    reg  payload_room$clock;
    reg  [1:0] rule$d;
    wire  [1:0] rule$q;
    reg  rule$clock;
    reg  [1:0] pad_count$d;
    wire  [1:0] pad_count$q;
    reg  pad_count$clock;
    reg  [9:0] header_end_beat$d;
    wire  [9:0] header_end_beat$q;
    reg  header_end_beat$clock;
    reg  [3:0] payload_lane$d;
    wire  [3:0] payload_lane$q;
    reg  payload_lane$clock;
    reg  payload_at_lane_two$d;
    wire  payload_at_lane_two$q;
    reg  payload_at_lane_two$clock;
    reg  [9:0] end_beat$d;
    wire  [9:0] end_beat$q;
    reg  end_beat$clock;
    reg  [3:0] end_lanes$d;
    wire  [3:0] end_lanes$q;
    reg  end_lanes$clock;
    reg  end_below_minimum$d;
    wire  end_below_minimum$q;
    reg  end_below_minimum$clock;
    reg  last_beat_busy$d;
    wire  last_beat_busy$q;
    reg  last_beat_busy$clock;
    reg  descriptor_busy$d;
    wire  descriptor_busy$q;
    reg  descriptor_busy$clock;
    reg  descriptor$clock;
    reg  descriptor$reset;
    reg  descriptor$headers_end;
    reg  descriptor$length_known;
    reg  [15:0] descriptor$announced_length;
    reg  descriptor$payload_starts;
    reg  [464:0] descriptor$header;
    reg  descriptor$length_check_failed;
    wire  descriptor$occupied;
    wire  descriptor$valid;
    reg  descriptor$ready;
    wire  [47:0] descriptor$dst_mac;
    wire  [47:0] descriptor$src_mac;
    wire  [31:0] descriptor$src_ip;
    wire  [31:0] descriptor$dst_ip;
    wire  [5:0] descriptor$ip_dscp;
    wire  [1:0] descriptor$ip_ecn;
    wire  [15:0] descriptor$udp_src_port;
    wire  [15:0] descriptor$udp_dst_port;
    wire  [7:0] descriptor$opcode;
    wire  descriptor$solicited;
    wire  descriptor$mig_req;
    wire  [1:0] descriptor$pad_count;
    wire  [3:0] descriptor$tver;
    wire  [15:0] descriptor$pkey;
    wire  descriptor$fecn;
    wire  descriptor$becn;
    wire  [23:0] descriptor$dest_qp;
    wire  descriptor$ack_req;
    wire  [23:0] descriptor$psn;
    wire  descriptor$has_reth;
    wire  [63:0] descriptor$reth_va;
    wire  [31:0] descriptor$reth_rkey;
    wire  [31:0] descriptor$reth_dma_length;
    wire  descriptor$has_aeth;
    wire  [7:0] descriptor$aeth_syndrome;
    wire  [23:0] descriptor$aeth_msn;
    wire  descriptor$has_immdt;
    wire  [31:0] descriptor$immdt;
    wire  descriptor$has_ieth;
    wire  [31:0] descriptor$ieth_rkey;
    wire  descriptor$has_deth;
    wire  [31:0] descriptor$deth_qkey;
    wire  [23:0] descriptor$deth_src_qp;
    wire  [15:0] descriptor$payload_length;
    wire  descriptor$has_payload;
    
    // Local signals
    reg  [63:0] data_in;
    reg  accept;
    reg  tlast;
    reg  [63:0] data_le;
    reg  [63:0] data_be;
    reg  [3:0] lanes;
    reg  beat_complete;
    reg  [17:0] next_flags;
    reg  length_check_failed;
    reg  header_complete_now;
    reg  descriptor_event;
    reg  payload_starts_now;
    reg  can_take;
    reg  header_complete_here;
    reg  [22:0] entry;
    reg  [16:0] end_minus_one;
    reg  [17:0] frame_flags;
    
    // Sub module instances
    nic_core$parser$input_slice input_slice(
        .clock(input_slice$clock),
        .reset(input_slice$reset),
        .in_data(input_slice$in_data),
        .in_valid(input_slice$in_valid),
        .in_ready(input_slice$in_ready),
        .out_data(input_slice$out_data),
        .out_valid(input_slice$out_valid),
        .out_ready(input_slice$out_ready)
    );
    nic_core$parser$checks checks(
        .clock(checks$clock),
        .cfg_pkey(checks$cfg_pkey),
        .cfg_path_mtu(checks$cfg_path_mtu),
        .flags(checks$flags),
        .beat(checks$beat),
        .beat_0(checks$beat_0),
        .beat_1(checks$beat_1),
        .beat_2(checks$beat_2),
        .beat_4(checks$beat_4),
        .beat_5(checks$beat_5),
        .beat_6(checks$beat_6),
        .beat_complete(checks$beat_complete),
        .beat_mac_error(checks$beat_mac_error),
        .opcode_supported(checks$opcode_supported),
        .udp_length_ok(checks$udp_length_ok),
        .payload_room(checks$payload_room),
        .rule(checks$rule),
        .pad_count(checks$pad_count),
        .next_flags(checks$next_flags),
        .structural_error(checks$structural_error),
        .length_check_failed(checks$length_check_failed)
    );
    nic_core$parser$payload payload(
        .clock(payload$clock),
        .reset(payload$reset),
        .beat(payload$beat),
        .beat_lanes(payload$beat_lanes),
        .beat_last(payload$beat_last),
        .beat_taken(payload$beat_taken),
        .last_beat_loads(payload$last_beat_loads),
        .headers_end_here(payload$headers_end_here),
        .headers_end_now(payload$headers_end_now),
        .payload_lane(payload$payload_lane),
        .payload_room(payload$payload_room),
        .payload_starts(payload$payload_starts),
        .length_check_failed(payload$length_check_failed),
        .ended_with_length_error(payload$ended_with_length_error),
        .ready(payload$ready),
        .draining(payload$draining),
        .m_axis_tdata(payload$m_axis_tdata),
        .m_axis_tkeep(payload$m_axis_tkeep),
        .m_axis_tlast(payload$m_axis_tlast),
        .m_axis_tuser(payload$m_axis_tuser),
        .m_axis_tvalid(payload$m_axis_tvalid),
        .m_axis_tready(payload$m_axis_tready)
    );
    nic_core$parser$keep_bytes keep_bytes(
        .data_in(keep_bytes$data_in),
        .data_out(keep_bytes$data_out)
    );
    nic_core$parser$byte_swap byte_swap(
        .data_in(byte_swap$data_in),
        .data_out(byte_swap$data_out)
    );
    nic_core$parser$opcodes opcodes(
        .address(opcodes$address),
        .data(opcodes$data)
    );
    nic_core$parser$keep_lanes keep_lanes(
        .address(keep_lanes$address),
        .data(keep_lanes$data)
    );
    nic_core$parser$icrc icrc(
        .clock(icrc$clock),
        .reset(icrc$reset),
        .beat(icrc$beat),
        .beat_taken(icrc$beat_taken),
        .beat_last(icrc$beat_last),
        .beat_0(icrc$beat_0),
        .beat_1(icrc$beat_1),
        .beat_2(icrc$beat_2),
        .beat_3(icrc$beat_3),
        .beat_5(icrc$beat_5),
        .result_valid(icrc$result_valid),
        .result_ok(icrc$result_ok)
    );
    nic_core$parser$checksum checksum(
        .clock(checksum$clock),
        .reset(checksum$reset),
        .beat(checksum$beat),
        .beat_taken(checksum$beat_taken),
        .beat_1(checksum$beat_1),
        .beat_2(checksum$beat_2),
        .beat_3(checksum$beat_3),
        .beat_4(checksum$beat_4),
        .bad(checksum$bad)
    );
    nic_core$parser$verdict verdict(
        .clock(verdict$clock),
        .reset(verdict$reset),
        .frame_end(verdict$frame_end),
        .frame_flags(verdict$frame_flags),
        .checksum_bad(verdict$checksum_bad),
        .icrc_valid(verdict$icrc_valid),
        .icrc_ok(verdict$icrc_ok),
        .valid(verdict$valid),
        .ready(verdict$ready),
        .cause(verdict$cause),
        .busy(verdict$busy),
        .ended_with_length_error(verdict$ended_with_length_error),
        .stat_index(verdict$stat_index),
        .stat_value(verdict$stat_value)
    );
    nic_core$parser$beat beat(
        .d(beat$d),
        .q(beat$q),
        .clock(beat$clock)
    );
    nic_core$parser$phase phase(
        .d(phase$d),
        .q(phase$q),
        .clock(phase$clock)
    );
    nic_core$parser$bth_seen bth_seen(
        .d(bth_seen$d),
        .q(bth_seen$q),
        .clock(bth_seen$clock)
    );
    nic_core$parser$header_end_next header_end_next(
        .d(header_end_next$d),
        .q(header_end_next$q),
        .clock(header_end_next$clock)
    );
    nic_core$parser$header header(
        .d(header$d),
        .q(header$q),
        .clock(header$clock)
    );
    nic_core$parser$flags flags(
        .d(flags$d),
        .q(flags$q),
        .clock(flags$clock)
    );
    nic_core$parser$header_done header_done(
        .d(header_done$d),
        .q(header_done$q),
        .clock(header_done$clock)
    );
    nic_core$parser$ip_length ip_length(
        .d(ip_length$d),
        .q(ip_length$q),
        .clock(ip_length$clock)
    );
    nic_core$parser$udp_length_ok udp_length_ok(
        .d(udp_length_ok$d),
        .q(udp_length_ok$q),
        .clock(udp_length_ok$clock)
    );
    nic_core$parser$payload_room payload_room(
        .d(payload_room$d),
        .q(payload_room$q),
        .clock(payload_room$clock)
    );
    nic_core$parser$rule rule(
        .d(rule$d),
        .q(rule$q),
        .clock(rule$clock)
    );
    nic_core$parser$pad_count pad_count(
        .d(pad_count$d),
        .q(pad_count$q),
        .clock(pad_count$clock)
    );
    nic_core$parser$header_end_beat header_end_beat(
        .d(header_end_beat$d),
        .q(header_end_beat$q),
        .clock(header_end_beat$clock)
    );
    nic_core$parser$payload_lane payload_lane(
        .d(payload_lane$d),
        .q(payload_lane$q),
        .clock(payload_lane$clock)
    );
    nic_core$parser$payload_at_lane_two payload_at_lane_two(
        .d(payload_at_lane_two$d),
        .q(payload_at_lane_two$q),
        .clock(payload_at_lane_two$clock)
    );
    nic_core$parser$end_beat end_beat(
        .d(end_beat$d),
        .q(end_beat$q),
        .clock(end_beat$clock)
    );
    nic_core$parser$end_lanes end_lanes(
        .d(end_lanes$d),
        .q(end_lanes$q),
        .clock(end_lanes$clock)
    );
    nic_core$parser$end_below_minimum end_below_minimum(
        .d(end_below_minimum$d),
        .q(end_below_minimum$q),
        .clock(end_below_minimum$clock)
    );
    nic_core$parser$last_beat_busy last_beat_busy(
        .d(last_beat_busy$d),
        .q(last_beat_busy$q),
        .clock(last_beat_busy$clock)
    );
    nic_core$parser$descriptor_busy descriptor_busy(
        .d(descriptor_busy$d),
        .q(descriptor_busy$q),
        .clock(descriptor_busy$clock)
    );
    nic_core$parser$descriptor descriptor(
        .clock(descriptor$clock),
        .reset(descriptor$reset),
        .headers_end(descriptor$headers_end),
        .length_known(descriptor$length_known),
        .announced_length(descriptor$announced_length),
        .payload_starts(descriptor$payload_starts),
        .header(descriptor$header),
        .length_check_failed(descriptor$length_check_failed),
        .occupied(descriptor$occupied),
        .valid(descriptor$valid),
        .ready(descriptor$ready),
        .dst_mac(descriptor$dst_mac),
        .src_mac(descriptor$src_mac),
        .src_ip(descriptor$src_ip),
        .dst_ip(descriptor$dst_ip),
        .ip_dscp(descriptor$ip_dscp),
        .ip_ecn(descriptor$ip_ecn),
        .udp_src_port(descriptor$udp_src_port),
        .udp_dst_port(descriptor$udp_dst_port),
        .opcode(descriptor$opcode),
        .solicited(descriptor$solicited),
        .mig_req(descriptor$mig_req),
        .pad_count(descriptor$pad_count),
        .tver(descriptor$tver),
        .pkey(descriptor$pkey),
        .fecn(descriptor$fecn),
        .becn(descriptor$becn),
        .dest_qp(descriptor$dest_qp),
        .ack_req(descriptor$ack_req),
        .psn(descriptor$psn),
        .has_reth(descriptor$has_reth),
        .reth_va(descriptor$reth_va),
        .reth_rkey(descriptor$reth_rkey),
        .reth_dma_length(descriptor$reth_dma_length),
        .has_aeth(descriptor$has_aeth),
        .aeth_syndrome(descriptor$aeth_syndrome),
        .aeth_msn(descriptor$aeth_msn),
        .has_immdt(descriptor$has_immdt),
        .immdt(descriptor$immdt),
        .has_ieth(descriptor$has_ieth),
        .ieth_rkey(descriptor$ieth_rkey),
        .has_deth(descriptor$has_deth),
        .deth_qkey(descriptor$deth_qkey),
        .deth_src_qp(descriptor$deth_src_qp),
        .payload_length(descriptor$payload_length),
        .has_payload(descriptor$has_payload)
    );
    
    // Update code
    always @(*) begin
        beat$clock = clock;
        phase$clock = clock;
        bth_seen$clock = clock;
        header_end_next$clock = clock;
        header$clock = clock;
        flags$clock = clock;
        header_done$clock = clock;
        ip_length$clock = clock;
        udp_length_ok$clock = clock;
        payload_room$clock = clock;
        rule$clock = clock;
        pad_count$clock = clock;
        header_end_beat$clock = clock;
        payload_lane$clock = clock;
        payload_at_lane_two$clock = clock;
        end_beat$clock = clock;
        end_lanes$clock = clock;
        end_below_minimum$clock = clock;
        last_beat_busy$clock = clock;
        descriptor_busy$clock = clock;
        beat$d = beat$q;
        phase$d = phase$q;
        bth_seen$d = bth_seen$q;
        header_end_next$d = header_end_next$q;
        header$d = header$q;
        flags$d = flags$q;
        header_done$d = header_done$q;
        ip_length$d = ip_length$q;
        udp_length_ok$d = udp_length_ok$q;
        payload_room$d = payload_room$q;
        rule$d = rule$q;
        pad_count$d = pad_count$q;
        header_end_beat$d = header_end_beat$q;
        payload_lane$d = payload_lane$q;
        payload_at_lane_two$d = payload_at_lane_two$q;
        end_beat$d = end_beat$q;
        end_lanes$d = end_lanes$q;
        end_below_minimum$d = end_below_minimum$q;
        last_beat_busy$d = last_beat_busy$q;
        descriptor_busy$d = descriptor_busy$q;
        input_slice$clock = clock;
        checks$clock = clock;
        input_slice$reset = reset;
        payload$clock = clock;
        payload$reset = reset;
        icrc$clock = clock;
        icrc$reset = reset;
        checksum$clock = clock;
        checksum$reset = reset;
        verdict$clock = clock;
        verdict$reset = reset;
        descriptor$clock = clock;
        descriptor$reset = reset;
        keep_bytes$data_in = s_axis_tkeep;
        keep_lanes$address = s_axis_tkeep;
        data_in = s_axis_tdata;
        input_slice$in_data[(64'h40)+:(4)] = all_lanes;
        input_slice$in_data[(64'h46)+:(1)] = 1'b1;
        input_slice$in_data[(64'h47)+:(1)] = 1'b1;
        if (s_axis_tlast) begin
            data_in = s_axis_tdata & keep_bytes$data_out;
            input_slice$in_data[(64'h40)+:(4)] = keep_lanes$data;
            input_slice$in_data[(64'h46)+:(1)] = |s_axis_tkeep[(32'h1)+:(7)];
            input_slice$in_data[(64'h47)+:(1)] = |s_axis_tkeep[(32'h5)+:(3)];
        end
        input_slice$in_data[(64'h0)+:(64)] = data_in;
        input_slice$in_data[(64'h44)+:(1)] = s_axis_tlast;
        input_slice$in_data[(64'h45)+:(1)] = s_axis_tuser;
        opcodes$address = data_in[(32'h10)+:(8)];
        input_slice$in_data[(64'h48)+:(23)] = opcodes$data;
        input_slice$in_valid = s_axis_tvalid;
        s_axis_tready = input_slice$in_ready;
        tlast = input_slice$out_data[(64'h44)+:(1)];
        data_le = input_slice$out_data[(64'h0)+:(64)];
        lanes = input_slice$out_data[(64'h40)+:(4)];
        byte_swap$data_in = data_le;
        data_be = byte_swap$data_out;
        beat_complete = lanes == all_lanes;
        entry = input_slice$out_data[(64'h48)+:(23)];
        checks$cfg_pkey = cfg_pkey;
        checks$cfg_path_mtu = cfg_path_mtu;
        checks$flags = flags$q;
        checks$beat = data_be;
        checks$beat_0 = phase$q[32'h0];
        checks$beat_1 = phase$q[32'h1];
        checks$beat_2 = phase$q[32'h2];
        checks$beat_4 = phase$q[32'h4];
        checks$beat_5 = phase$q[32'h5];
        checks$beat_6 = phase$q[32'h6];
        checks$beat_complete = beat_complete;
        checks$beat_mac_error = input_slice$out_data[(64'h45)+:(1)];
        checks$opcode_supported = entry[(64'h0)+:(1)];
        checks$udp_length_ok = udp_length_ok$q;
        checks$payload_room = payload_room$q;
        checks$rule = rule$q;
        checks$pad_count = pad_count$q;
        next_flags = checks$next_flags;
        length_check_failed = checks$length_check_failed;
        header_complete_here = header_end_next$q & input_slice$out_data[(64'h47)+:(1)];
        if (payload_at_lane_two$q) begin
            header_complete_here = header_end_next$q & input_slice$out_data[(64'h46)+:(1)];
        end
        can_take = payload$ready;
        if ((header_end_next$q | tlast) & descriptor_busy$q) begin
            can_take = 1'b0;
        end
        if (tlast & last_beat_busy$q) begin
            can_take = 1'b0;
        end
        input_slice$out_ready = can_take;
        accept = input_slice$out_valid & can_take;
        header_complete_now = accept & header_complete_here;
        payload_starts_now = header_complete_now & ~checks$structural_error & (payload_room$q != no_room);
        descriptor_event = header_complete_now | (accept & tlast & ~header_done$q);
        end_minus_one = ((ip_length$q) & 17'h1ffff) + eth_header_minus_one;
        if (input_slice$out_valid) begin
            flags$d = next_flags;
            if (phase$q[32'h0]) begin
                header$d = no_header;
                header$d[(64'h0)+:(64)] = data_be;
            end
            if (phase$q[32'h1]) begin
                header$d[(64'h40)+:(32)] = data_be[(32'h20)+:(32)];
                header$d[(64'h60)+:(8)] = data_be[(32'h0)+:(8)];
            end
            if (phase$q[32'h2]) begin
                ip_length$d = data_be[(32'h30)+:(16)];
            end
            if (phase$q[32'h3]) begin
                header$d[(64'h68)+:(48)] = data_be[(32'h0)+:(48)];
                end_beat$d = ((end_minus_one[(32'h3)+:(14)]) & 10'h3ff);
                end_lanes$d = ((end_minus_one[(32'h0)+:(3)]) & 4'hf) + one_lane;
                end_below_minimum$d = end_minus_one < min_frame_last_byte;
            end
            if (phase$q[32'h4]) begin
                header$d[(64'h98)+:(48)] = data_be[(32'h10)+:(48)];
                udp_length_ok$d = data_be[(32'h0)+:(16)] == (ip_length$q - ip_header_bytes);
            end
            if (phase$q[32'h5]) begin
                bth_seen$d = 1'b1;
                header$d[(64'hc8)+:(32)] = data_be[(32'h10)+:(32)];
                header$d[(64'he8)+:(2)] = data_be[(32'he)+:(2)];
                header$d[(64'hea)+:(8)] = data_be[(32'h0)+:(8)];
                header$d[(64'h1bb)+:(1)] = entry[(64'h3)+:(1)];
                header$d[(64'h1bc)+:(1)] = entry[(64'h4)+:(1)];
                header$d[(64'h1bd)+:(1)] = entry[(64'h5)+:(1)];
                header$d[(64'h1be)+:(1)] = entry[(64'h6)+:(1)];
                header$d[(64'h1bf)+:(1)] = entry[(64'h7)+:(1)];
                rule$d = entry[(64'h1)+:(2)];
                pad_count$d = data_be[(32'h24)+:(2)];
                payload_room$d = ((ip_length$q) & 17'h1ffff) - ((entry[(64'h8)+:(7)]) & 17'h1ffff) - ((data_be[(32'h24)+:(2)]) & 17'h1ffff);
                header_end_beat$d = ((entry[(64'hf)+:(4)]) & 10'h3ff);
                payload_lane$d = entry[(64'h13)+:(4)];
                payload_at_lane_two$d = entry[(64'h13)+:(4)] == lane_two;
            end
            if (phase$q[32'h6]) begin
                header$d[(64'hf2)+:(16)] = data_be[(32'h30)+:(16)];
                header$d[(64'h102)+:(1)] = data_be[32'h2f];
                header$d[(64'h103)+:(24)] = data_be[(32'h10)+:(24)];
                header$d[(64'h11b)+:(16)] = data_be[(32'h0)+:(16)];
            end
            if (phase$q[32'h7]) begin
                header$d[(64'h12b)+:(64)] = data_be;
            end
            if (phase$q[32'h8]) begin
                header$d[(64'h16b)+:(64)] = data_be;
            end
            if (phase$q[32'h9]) begin
                header$d[(64'h1ab)+:(16)] = data_be[(32'h30)+:(16)];
            end
        end
        if (accept) begin
            phase$d = (phase$q << 32'h1) | (phase$q & beyond_phase);
            if (beat$q != beat_max) begin
                beat$d = beat$q + one_beat;
            end
            header_end_next$d = bth_seen$q & (beat$q != beat_max) & ((beat$q + one_beat) == header_end_beat$q);
            if (phase$q[32'h5]) begin
                header_end_next$d = ((entry[(64'hf)+:(4)]) & 10'h3ff) == beat_six;
            end
            if (header_complete_now) begin
                header_done$d = 1'b1;
            end
            if (tlast) begin
                beat$d = no_beats;
                phase$d = first_phase;
                bth_seen$d = 1'b0;
                header_done$d = 1'b0;
                header_end_next$d = 1'b0;
            end
        end
        checksum$beat = data_be;
        checksum$beat_taken = accept;
        checksum$beat_1 = phase$q[32'h1];
        checksum$beat_2 = phase$q[32'h2];
        checksum$beat_3 = phase$q[32'h3];
        checksum$beat_4 = phase$q[32'h4];
        icrc$beat = data_le;
        icrc$beat_taken = accept;
        icrc$beat_last = tlast;
        icrc$beat_0 = phase$q[32'h0];
        icrc$beat_1 = phase$q[32'h1];
        icrc$beat_2 = phase$q[32'h2];
        icrc$beat_3 = phase$q[32'h3];
        icrc$beat_5 = phase$q[32'h5];
        payload$beat = data_le;
        payload$beat_lanes = lanes;
        payload$beat_last = tlast;
        payload$beat_taken = accept;
        payload$last_beat_loads = input_slice$out_valid & tlast & ~last_beat_busy$q;
        payload$headers_end_here = header_complete_here;
        payload$headers_end_now = header_complete_now;
        payload$payload_lane = payload_lane$q;
        payload$payload_room = payload_room$q;
        payload$payload_starts = payload_starts_now;
        payload$length_check_failed = length_check_failed;
        payload$ended_with_length_error = verdict$ended_with_length_error;
        payload$m_axis_tready = m_axis_payload_tready;
        m_axis_payload_tdata = payload$m_axis_tdata;
        m_axis_payload_tkeep = payload$m_axis_tkeep;
        m_axis_payload_tlast = payload$m_axis_tlast;
        m_axis_payload_tuser = payload$m_axis_tuser;
        m_axis_payload_tvalid = payload$m_axis_tvalid;
        last_beat_busy$d = (accept & tlast) | verdict$busy | payload$draining;
        descriptor_busy$d = (descriptor_event | descriptor$occupied) & ((accept & tlast) | ~(header_done$q | header_complete_now));
        descriptor$headers_end = descriptor_event;
        descriptor$length_known = header_complete_now & ~next_flags[(64'he)+:(1)];
        descriptor$announced_length = payload_room$q[(32'h0)+:(16)];
        descriptor$payload_starts = payload_starts_now;
        descriptor$header = header$q;
        descriptor$length_check_failed = length_check_failed;
        descriptor$ready = desc_ready;
        desc_valid = descriptor$valid;
        desc_dst_mac = descriptor$dst_mac;
        desc_src_mac = descriptor$src_mac;
        desc_src_ip = descriptor$src_ip;
        desc_dst_ip = descriptor$dst_ip;
        desc_ip_dscp = descriptor$ip_dscp;
        desc_ip_ecn = descriptor$ip_ecn;
        desc_udp_src_port = descriptor$udp_src_port;
        desc_udp_dst_port = descriptor$udp_dst_port;
        desc_opcode = descriptor$opcode;
        desc_solicited = descriptor$solicited;
        desc_mig_req = descriptor$mig_req;
        desc_pad_count = descriptor$pad_count;
        desc_tver = descriptor$tver;
        desc_pkey = descriptor$pkey;
        desc_fecn = descriptor$fecn;
        desc_becn = descriptor$becn;
        desc_dest_qp = descriptor$dest_qp;
        desc_ack_req = descriptor$ack_req;
        desc_psn = descriptor$psn;
        desc_has_reth = descriptor$has_reth;
        desc_reth_va = descriptor$reth_va;
        desc_reth_rkey = descriptor$reth_rkey;
        desc_reth_dma_length = descriptor$reth_dma_length;
        desc_has_aeth = descriptor$has_aeth;
        desc_aeth_syndrome = descriptor$aeth_syndrome;
        desc_aeth_msn = descriptor$aeth_msn;
        desc_has_immdt = descriptor$has_immdt;
        desc_immdt = descriptor$immdt;
        desc_has_ieth = descriptor$has_ieth;
        desc_ieth_rkey = descriptor$ieth_rkey;
        desc_has_deth = descriptor$has_deth;
        desc_deth_qkey = descriptor$deth_qkey;
        desc_deth_src_qp = descriptor$deth_src_qp;
        desc_payload_length = descriptor$payload_length;
        desc_has_payload = descriptor$has_payload;
        frame_flags = next_flags;
        frame_flags[(64'hd)+:(1)] = ~(header_done$q | header_complete_now);
        frame_flags[(64'h11)+:(1)] = ~(((beat$q == end_beat$q) & (lanes == end_lanes$q)) | (end_below_minimum$q & (beat$q == min_frame_beat) & (lanes == min_frame_lanes)));
        verdict$frame_end = accept & tlast;
        verdict$frame_flags = frame_flags;
        verdict$checksum_bad = checksum$bad;
        verdict$icrc_valid = icrc$result_valid;
        verdict$icrc_ok = icrc$result_ok;
        verdict$ready = verdict_ready;
        verdict_valid = verdict$valid;
        verdict_cause = verdict$cause;
        verdict$stat_index = stat_index;
        stat_value = verdict$stat_value;
        if (reset) begin
            beat$d = no_beats;
            phase$d = first_phase;
            bth_seen$d = 1'b0;
            header_done$d = 1'b0;
            last_beat_busy$d = 1'b1;
            descriptor_busy$d = 1'b0;
        end
    end
    
endmodule // nic_core$parser


module nic_core$parser$beat(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$beat


module nic_core$parser$bth_seen(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$bth_seen


module nic_core$parser$byte_swap(data_in,data_out);
    
    // Module arguments
    input wire  [63:0] data_in;
    output reg  [63:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[56];
        data_out[1] = data_in[57];
        data_out[2] = data_in[58];
        data_out[3] = data_in[59];
        data_out[4] = data_in[60];
        data_out[5] = data_in[61];
        data_out[6] = data_in[62];
        data_out[7] = data_in[63];
        data_out[8] = data_in[48];
        data_out[9] = data_in[49];
        data_out[10] = data_in[50];
        data_out[11] = data_in[51];
        data_out[12] = data_in[52];
        data_out[13] = data_in[53];
        data_out[14] = data_in[54];
        data_out[15] = data_in[55];
        data_out[16] = data_in[40];
        data_out[17] = data_in[41];
        data_out[18] = data_in[42];
        data_out[19] = data_in[43];
        data_out[20] = data_in[44];
        data_out[21] = data_in[45];
        data_out[22] = data_in[46];
        data_out[23] = data_in[47];
        data_out[24] = data_in[32];
        data_out[25] = data_in[33];
        data_out[26] = data_in[34];
        data_out[27] = data_in[35];
        data_out[28] = data_in[36];
        data_out[29] = data_in[37];
        data_out[30] = data_in[38];
        data_out[31] = data_in[39];
        data_out[32] = data_in[24];
        data_out[33] = data_in[25];
        data_out[34] = data_in[26];
        data_out[35] = data_in[27];
        data_out[36] = data_in[28];
        data_out[37] = data_in[29];
        data_out[38] = data_in[30];
        data_out[39] = data_in[31];
        data_out[40] = data_in[16];
        data_out[41] = data_in[17];
        data_out[42] = data_in[18];
        data_out[43] = data_in[19];
        data_out[44] = data_in[20];
        data_out[45] = data_in[21];
        data_out[46] = data_in[22];
        data_out[47] = data_in[23];
        data_out[48] = data_in[8];
        data_out[49] = data_in[9];
        data_out[50] = data_in[10];
        data_out[51] = data_in[11];
        data_out[52] = data_in[12];
        data_out[53] = data_in[13];
        data_out[54] = data_in[14];
        data_out[55] = data_in[15];
        data_out[56] = data_in[0];
        data_out[57] = data_in[1];
        data_out[58] = data_in[2];
        data_out[59] = data_in[3];
        data_out[60] = data_in[4];
        data_out[61] = data_in[5];
        data_out[62] = data_in[6];
        data_out[63] = data_in[7];
    end
endmodule // nic_core$parser$byte_swap


module nic_core$parser$checks(clock,cfg_pkey,cfg_path_mtu,flags,beat,beat_0,beat_1,beat_2,beat_4,beat_5,beat_6,beat_complete,beat_mac_error,opcode_supported,udp_length_ok,payload_room,rule,pad_count,next_flags,structural_error,length_check_failed);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] cfg_pkey;
    input wire  [12:0] cfg_path_mtu;
    input wire  [17:0] flags;
    input wire  [63:0] beat;
    input wire  beat_0;
    input wire  beat_1;
    input wire  beat_2;
    input wire  beat_4;
    input wire  beat_5;
    input wire  beat_6;
    input wire  beat_complete;
    input wire  beat_mac_error;
    input wire  opcode_supported;
    input wire  udp_length_ok;
    input wire  [16:0] payload_room;
    input wire  [1:0] rule;
    input wire  [1:0] pad_count;
    output reg  [17:0] next_flags;
    output reg  structural_error;
    output reg  length_check_failed;
    
    // Constant declarations
    localparam  no_flags = 18'b0;
    localparam  ethertype_ipv4 = 16'h800;
    localparam  ethertype_ipv6 = 16'h86dd;
    localparam  ethertype_vlan = 16'h8100;
    localparam  ethertype_qinq = 16'h88a8;
    localparam  ip_version = 4'h4;
    localparam  ihl_plain = 4'h5;
    localparam  fragment_bits = 16'h3fff;
    localparam  not_fragmented = 16'h0;
    localparam  udp_protocol = 8'h11;
    localparam  rocev2_port = 16'h12b7;
    localparam  no_tver = 4'h0;
    localparam  pkey_bits = 16'h7fff;
    localparam  rule_empty = 2'b0;
    localparam  rule_exactly_mtu = 2'b1;
    localparam  rule_one_to_mtu = 2'b10;
    localparam  no_room = 17'b0;
    localparam  whole_words = 2'b0;
    
    // Stub signals
    reg  [15:0] pkey$d;
    wire  [15:0] pkey$q;
    reg  pkey$clock;
    reg  [12:0] path_mtu$d;
    wire  [12:0] path_mtu$q;
    reg  path_mtu$clock;
    
    // Local signals
    reg  [15:0] ethertype;
    reg  length_error;
    reg  too_long_error;
    reg  payload_length_error;
    
    // Sub module instances
    nic_core$parser$checks$pkey pkey(
        .d(pkey$d),
        .q(pkey$q),
        .clock(pkey$clock)
    );
    nic_core$parser$checks$path_mtu path_mtu(
        .d(path_mtu$d),
        .q(path_mtu$q),
        .clock(path_mtu$clock)
    );
    
    // Update code
    always @(*) begin
        pkey$clock = clock;
        path_mtu$clock = clock;
        pkey$d = pkey$q;
        path_mtu$d = path_mtu$q;
        pkey$d = cfg_pkey;
        path_mtu$d = cfg_path_mtu;
        ethertype = beat[(32'h10)+:(16)];
        next_flags = flags;
        if (beat_0) begin
            next_flags = no_flags;
        end
        if (beat_mac_error) begin
            next_flags[(64'h0)+:(1)] = 1'b1;
        end
        if (beat_1 & beat_complete) begin
            if ((ethertype == ethertype_vlan) | (ethertype == ethertype_qinq)) begin
                next_flags[(64'h1)+:(1)] = 1'b1;
            end
            else if (ethertype == ethertype_ipv6) begin
                next_flags[(64'h2)+:(1)] = 1'b1;
            end
            else if (ethertype != ethertype_ipv4) begin
                next_flags[(64'h3)+:(1)] = 1'b1;
            end
            if ((beat[(32'hc)+:(4)] != ip_version) | (beat[(32'h8)+:(4)] < ihl_plain)) begin
                next_flags[(64'h4)+:(1)] = 1'b1;
            end
            else if (beat[(32'h8)+:(4)] > ihl_plain) begin
                next_flags[(64'h5)+:(1)] = 1'b1;
            end
        end
        if (beat_2 & beat_complete) begin
            if ((beat[(32'h10)+:(16)] & fragment_bits) != not_fragmented) begin
                next_flags[(64'h6)+:(1)] = 1'b1;
            end
            if (beat[(32'h0)+:(8)] != udp_protocol) begin
                next_flags[(64'h7)+:(1)] = 1'b1;
            end
        end
        if (beat_4 & beat_complete) begin
            next_flags[(64'h8)+:(1)] = 1'b1;
            if (beat[(32'h10)+:(16)] != rocev2_port) begin
                next_flags[(64'h9)+:(1)] = 1'b1;
            end
        end
        if (beat_5 & beat_complete) begin
            if (beat[(32'h20)+:(4)] != no_tver) begin
                next_flags[(64'ha)+:(1)] = 1'b1;
            end
            if (~opcode_supported) begin
                next_flags[(64'hb)+:(1)] = 1'b1;
            end
            if ((beat[(32'h10)+:(16)] & pkey_bits) != (pkey$q & pkey_bits)) begin
                next_flags[(64'hc)+:(1)] = 1'b1;
            end
        end
        length_error = ~udp_length_ok | payload_room[32'h10];
        too_long_error = payload_room > ((path_mtu$q) & 17'h1ffff);
        payload_length_error = (payload_room[(32'h0)+:(2)] + pad_count) != whole_words;
        if ((rule == rule_empty) & (payload_room != no_room)) begin
            payload_length_error = 1'b1;
        end
        if ((rule == rule_exactly_mtu) & (payload_room != ((path_mtu$q) & 17'h1ffff))) begin
            payload_length_error = 1'b1;
        end
        if ((rule == rule_one_to_mtu) & (payload_room == no_room)) begin
            payload_length_error = 1'b1;
        end
        if (beat_6) begin
            next_flags[(64'he)+:(1)] = length_error;
            next_flags[(64'hf)+:(1)] = too_long_error;
            next_flags[(64'h10)+:(1)] = payload_length_error;
        end
        structural_error = flags[(64'h1)+:(1)] | flags[(64'h2)+:(1)] | flags[(64'h3)+:(1)] | flags[(64'h4)+:(1)] | flags[(64'h5)+:(1)] | flags[(64'h6)+:(1)] | flags[(64'h7)+:(1)] | flags[(64'h9)+:(1)] | flags[(64'ha)+:(1)] | flags[(64'hb)+:(1)] | flags[(64'hc)+:(1)] | flags[(64'he)+:(1)] | flags[(64'hf)+:(1)] | flags[(64'h10)+:(1)];
        length_check_failed = flags[(64'he)+:(1)] | flags[(64'hf)+:(1)] | flags[(64'h10)+:(1)];
    end
    
endmodule // nic_core$parser$checks


module nic_core$parser$checks$path_mtu(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$checks$path_mtu


module nic_core$parser$checks$pkey(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$checks$pkey


module nic_core$parser$checksum(clock,reset,beat,beat_taken,beat_1,beat_2,beat_3,beat_4,bad);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] beat;
    input wire  beat_taken;
    input wire  beat_1;
    input wire  beat_2;
    input wire  beat_3;
    input wire  beat_4;
    output reg  bad;
    
    // Constant declarations
    localparam  whole_word = 17'b1111111111111111;
    localparam  no_word = 17'b0;
    localparam  sum_ok = 17'b1111111111111111;
    
    // Stub signals
    reg  [16:0] pair_a$d;
    wire  [16:0] pair_a$q;
    reg  pair_a$clock;
    reg  [16:0] pair_b$d;
    wire  [16:0] pair_b$q;
    reg  pair_b$clock;
    reg  pairs_valid$d;
    wire  pairs_valid$q;
    reg  pairs_valid$clock;
    reg  pairs_first$d;
    wire  pairs_first$q;
    reg  pairs_first$clock;
    reg  pairs_last$d;
    wire  pairs_last$q;
    reg  pairs_last$clock;
    reg  [18:0] total_a$d;
    wire  [18:0] total_a$q;
    reg  total_a$clock;
    reg  [18:0] total_b$d;
    wire  [18:0] total_b$q;
    reg  total_b$clock;
    reg  combine$d;
    wire  combine$q;
    reg  combine$clock;
    reg  [19:0] total$d;
    wire  [19:0] total$q;
    reg  total$clock;
    reg  check$d;
    wire  check$q;
    reg  check$clock;
    reg  bad_sum$d;
    wire  bad_sum$q;
    reg  bad_sum$clock;
    
    // Local signals
    reg  [16:0] word_a;
    reg  [16:0] word_b;
    reg  [16:0] word_c;
    reg  [16:0] word_d;
    
    // Sub module instances
    nic_core$parser$checksum$pair_a pair_a(
        .d(pair_a$d),
        .q(pair_a$q),
        .clock(pair_a$clock)
    );
    nic_core$parser$checksum$pair_b pair_b(
        .d(pair_b$d),
        .q(pair_b$q),
        .clock(pair_b$clock)
    );
    nic_core$parser$checksum$pairs_valid pairs_valid(
        .d(pairs_valid$d),
        .q(pairs_valid$q),
        .clock(pairs_valid$clock)
    );
    nic_core$parser$checksum$pairs_first pairs_first(
        .d(pairs_first$d),
        .q(pairs_first$q),
        .clock(pairs_first$clock)
    );
    nic_core$parser$checksum$pairs_last pairs_last(
        .d(pairs_last$d),
        .q(pairs_last$q),
        .clock(pairs_last$clock)
    );
    nic_core$parser$checksum$total_a total_a(
        .d(total_a$d),
        .q(total_a$q),
        .clock(total_a$clock)
    );
    nic_core$parser$checksum$total_b total_b(
        .d(total_b$d),
        .q(total_b$q),
        .clock(total_b$clock)
    );
    nic_core$parser$checksum$combine combine(
        .d(combine$d),
        .q(combine$q),
        .clock(combine$clock)
    );
    nic_core$parser$checksum$total total(
        .d(total$d),
        .q(total$q),
        .clock(total$clock)
    );
    nic_core$parser$checksum$check check(
        .d(check$d),
        .q(check$q),
        .clock(check$clock)
    );
    nic_core$parser$checksum$bad_sum bad_sum(
        .d(bad_sum$d),
        .q(bad_sum$q),
        .clock(bad_sum$clock)
    );
    
    // Update code
    always @(*) begin
        pair_a$clock = clock;
        pair_b$clock = clock;
        pairs_valid$clock = clock;
        pairs_first$clock = clock;
        pairs_last$clock = clock;
        total_a$clock = clock;
        total_b$clock = clock;
        combine$clock = clock;
        total$clock = clock;
        check$clock = clock;
        bad_sum$clock = clock;
        pair_a$d = pair_a$q;
        pair_b$d = pair_b$q;
        pairs_valid$d = pairs_valid$q;
        pairs_first$d = pairs_first$q;
        pairs_last$d = pairs_last$q;
        total_a$d = total_a$q;
        total_b$d = total_b$q;
        combine$d = combine$q;
        total$d = total$q;
        check$d = check$q;
        bad_sum$d = bad_sum$q;
        word_a = whole_word;
        word_b = whole_word;
        word_c = whole_word;
        word_d = whole_word;
        if (beat_1) begin
            word_a = no_word;
            word_b = no_word;
            word_c = no_word;
        end
        if (beat_4) begin
            word_b = no_word;
            word_c = no_word;
            word_d = no_word;
        end
        pair_a$d = (((beat[(32'h30)+:(16)]) & 17'h1ffff) & word_a) + (((beat[(32'h20)+:(16)]) & 17'h1ffff) & word_b);
        pair_b$d = (((beat[(32'h10)+:(16)]) & 17'h1ffff) & word_c) + (((beat[(32'h0)+:(16)]) & 17'h1ffff) & word_d);
        pairs_valid$d = beat_taken & (beat_1 | beat_2 | beat_3 | beat_4);
        pairs_first$d = beat_1;
        pairs_last$d = beat_4;
        if (pairs_valid$q) begin
            if (pairs_first$q) begin
                total_a$d = ((pair_a$q) & 19'h7ffff);
                total_b$d = ((pair_b$q) & 19'h7ffff);
            end
            else begin
                total_a$d = total_a$q + ((pair_a$q) & 19'h7ffff);
                total_b$d = total_b$q + ((pair_b$q) & 19'h7ffff);
            end
        end
        combine$d = pairs_valid$q & pairs_last$q;
        total$d = ((total_a$q) & 20'hfffff) + ((total_b$q) & 20'hfffff);
        check$d = combine$q;
        if (check$q) begin
            bad_sum$d = (((total$q[(32'h0)+:(16)]) & 17'h1ffff) + ((total$q[(32'h10)+:(4)]) & 17'h1ffff)) != sum_ok;
        end
        bad = bad_sum$q;
        if (reset) begin
            pairs_valid$d = 1'b0;
            check$d = 1'b0;
            combine$d = 1'b0;
        end
    end
    
endmodule // nic_core$parser$checksum


module nic_core$parser$checksum$bad_sum(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$checksum$bad_sum


module nic_core$parser$checksum$check(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$checksum$check


module nic_core$parser$checksum$combine(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$checksum$combine


module nic_core$parser$checksum$pair_a(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$checksum$pair_a


module nic_core$parser$checksum$pair_b(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$checksum$pair_b


module nic_core$parser$checksum$pairs_first(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$checksum$pairs_first


module nic_core$parser$checksum$pairs_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$checksum$pairs_last


module nic_core$parser$checksum$pairs_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$checksum$pairs_valid


module nic_core$parser$checksum$total(d,q,clock);
    
    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 20'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$checksum$total


module nic_core$parser$checksum$total_a(d,q,clock);
    
    // Module arguments
    input wire  [18:0] d;
    output reg  [18:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 19'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$checksum$total_a


module nic_core$parser$checksum$total_b(d,q,clock);
    
    // Module arguments
    input wire  [18:0] d;
    output reg  [18:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 19'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$checksum$total_b


module nic_core$parser$descriptor(clock,reset,headers_end,length_known,announced_length,payload_starts,header,length_check_failed,occupied,valid,ready,dst_mac,src_mac,src_ip,dst_ip,ip_dscp,ip_ecn,udp_src_port,udp_dst_port,opcode,solicited,mig_req,pad_count,tver,pkey,fecn,becn,dest_qp,ack_req,psn,has_reth,reth_va,reth_rkey,reth_dma_length,has_aeth,aeth_syndrome,aeth_msn,has_immdt,immdt,has_ieth,ieth_rkey,has_deth,deth_qkey,deth_src_qp,payload_length,has_payload);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  headers_end;
    input wire  length_known;
    input wire  [15:0] announced_length;
    input wire  payload_starts;
    input wire  [464:0] header;
    input wire  length_check_failed;
    output reg  occupied;
    output reg  valid;
    input wire  ready;
    output reg  [47:0] dst_mac;
    output reg  [47:0] src_mac;
    output reg  [31:0] src_ip;
    output reg  [31:0] dst_ip;
    output reg  [5:0] ip_dscp;
    output reg  [1:0] ip_ecn;
    output reg  [15:0] udp_src_port;
    output reg  [15:0] udp_dst_port;
    output reg  [7:0] opcode;
    output reg  solicited;
    output reg  mig_req;
    output reg  [1:0] pad_count;
    output reg  [3:0] tver;
    output reg  [15:0] pkey;
    output reg  fecn;
    output reg  becn;
    output reg  [23:0] dest_qp;
    output reg  ack_req;
    output reg  [23:0] psn;
    output reg  has_reth;
    output reg  [63:0] reth_va;
    output reg  [31:0] reth_rkey;
    output reg  [31:0] reth_dma_length;
    output reg  has_aeth;
    output reg  [7:0] aeth_syndrome;
    output reg  [23:0] aeth_msn;
    output reg  has_immdt;
    output reg  [31:0] immdt;
    output reg  has_ieth;
    output reg  [31:0] ieth_rkey;
    output reg  has_deth;
    output reg  [31:0] deth_qkey;
    output reg  [23:0] deth_src_qp;
    output reg  [15:0] payload_length;
    output reg  has_payload;
    
    // Constant declarations
    localparam  no_length = 16'h0;
    localparam  no_field_8 = 8'h0;
    localparam  no_field_24 = 24'h0;
    localparam  no_field_32 = 32'h0;
    localparam  no_field_64 = 64'h0;
    
    // Stub signals
    reg  load$d;
    wire  load$q;
    reg  load$clock;
    reg  [464:0] held$d;
    wire  [464:0] held$q;
    reg  held$clock;
    reg  held_valid$d;
    wire  held_valid$q;
    reg  held_valid$clock;
    reg  [15:0] staged_payload_length$d;
    wire  [15:0] staged_payload_length$q;
    reg  staged_payload_length$clock;
    reg  staged_has_payload$d;
    wire  staged_has_payload$q;
    reg  staged_has_payload$clock;
    
    // Local signals
    reg  [31:0] ext_word;
    reg  [63:0] d_b0;
    reg  [31:0] d_b1;
    reg  [7:0] d_tos;
    reg  [47:0] d_b3;
    reg  [47:0] d_b4;
    reg  [31:0] d_bth_head;
    reg  [1:0] d_bth_congestion;
    reg  [15:0] d_ext_a;
    reg  [63:0] d_ext_b;
    reg  [63:0] d_ext_c;
    reg  [15:0] d_ext_d;
    
    // Sub module instances
    nic_core$parser$descriptor$load load(
        .d(load$d),
        .q(load$q),
        .clock(load$clock)
    );
    nic_core$parser$descriptor$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    nic_core$parser$descriptor$held_valid held_valid(
        .d(held_valid$d),
        .q(held_valid$q),
        .clock(held_valid$clock)
    );
    nic_core$parser$descriptor$staged_payload_length staged_payload_length(
        .d(staged_payload_length$d),
        .q(staged_payload_length$q),
        .clock(staged_payload_length$clock)
    );
    nic_core$parser$descriptor$staged_has_payload staged_has_payload(
        .d(staged_has_payload$d),
        .q(staged_has_payload$q),
        .clock(staged_has_payload$clock)
    );
    
    // Update code
    always @(*) begin
        load$clock = clock;
        held$clock = clock;
        held_valid$clock = clock;
        staged_payload_length$clock = clock;
        staged_has_payload$clock = clock;
        load$d = load$q;
        held$d = held$q;
        held_valid$d = held_valid$q;
        staged_payload_length$d = staged_payload_length$q;
        staged_has_payload$d = staged_has_payload$q;
        occupied = load$q | (held_valid$q & ~ready);
        load$d = headers_end;
        if (headers_end) begin
            staged_payload_length$d = no_length;
            if (length_known) begin
                staged_payload_length$d = announced_length;
            end
            staged_has_payload$d = payload_starts;
        end
        if (held_valid$q & ready) begin
            held_valid$d = 1'b0;
        end
        if (load$q) begin
            held$d = header;
            held$d[(64'h1c0)+:(16)] = staged_payload_length$q;
            held$d[(64'h1d0)+:(1)] = staged_has_payload$q & ~length_check_failed;
            held_valid$d = 1'b1;
        end
        valid = held_valid$q;
        d_b0 = held$q[(64'h0)+:(64)];
        d_b1 = held$q[(64'h40)+:(32)];
        d_tos = held$q[(64'h60)+:(8)];
        d_b3 = held$q[(64'h68)+:(48)];
        d_b4 = held$q[(64'h98)+:(48)];
        d_bth_head = held$q[(64'hc8)+:(32)];
        d_bth_congestion = held$q[(64'he8)+:(2)];
        d_ext_a = held$q[(64'h11b)+:(16)];
        d_ext_b = held$q[(64'h12b)+:(64)];
        d_ext_c = held$q[(64'h16b)+:(64)];
        d_ext_d = held$q[(64'h1ab)+:(16)];
        dst_mac = d_b0[(32'h10)+:(48)];
        src_mac = (((d_b0[(32'h0)+:(16)]) & 48'hffffffffffff) << 32'h20) | ((d_b1) & 48'hffffffffffff);
        ip_dscp = d_tos[(32'h2)+:(6)];
        ip_ecn = d_tos[(32'h0)+:(2)];
        src_ip = d_b3[(32'h10)+:(32)];
        dst_ip = (((d_b3[(32'h0)+:(16)]) & 32'hffffffff) << 32'h10) | ((d_b4[(32'h20)+:(16)]) & 32'hffffffff);
        udp_src_port = d_b4[(32'h10)+:(16)];
        udp_dst_port = d_b4[(32'h0)+:(16)];
        opcode = d_bth_head[(32'h18)+:(8)];
        solicited = d_bth_head[32'h17];
        mig_req = d_bth_head[32'h16];
        pad_count = d_bth_head[(32'h14)+:(2)];
        tver = d_bth_head[(32'h10)+:(4)];
        pkey = d_bth_head[(32'h0)+:(16)];
        fecn = d_bth_congestion[32'h1];
        becn = d_bth_congestion[32'h0];
        dest_qp = (((held$q[(64'hea)+:(8)]) & 24'hffffff) << 32'h10) | ((held$q[(64'hf2)+:(16)]) & 24'hffffff);
        ack_req = held$q[(64'h102)+:(1)];
        psn = held$q[(64'h103)+:(24)];
        ext_word = (((d_ext_a) & 32'hffffffff) << 32'h10) | ((d_ext_b[(32'h30)+:(16)]) & 32'hffffffff);
        has_reth = held$q[(64'h1bb)+:(1)];
        reth_va = no_field_64;
        reth_rkey = no_field_32;
        reth_dma_length = no_field_32;
        if (held$q[(64'h1bb)+:(1)]) begin
            reth_va = (((d_ext_a) & 64'hffffffffffffffff) << 32'h30) | ((d_ext_b[(32'h10)+:(48)]) & 64'hffffffffffffffff);
            reth_rkey = (((d_ext_b[(32'h0)+:(16)]) & 32'hffffffff) << 32'h10) | ((d_ext_c[(32'h30)+:(16)]) & 32'hffffffff);
            reth_dma_length = d_ext_c[(32'h10)+:(32)];
        end
        has_aeth = held$q[(64'h1bc)+:(1)];
        aeth_syndrome = no_field_8;
        aeth_msn = no_field_24;
        if (held$q[(64'h1bc)+:(1)]) begin
            aeth_syndrome = ext_word[(32'h18)+:(8)];
            aeth_msn = ext_word[(32'h0)+:(24)];
        end
        has_immdt = held$q[(64'h1bd)+:(1)];
        immdt = no_field_32;
        if (held$q[(64'h1bd)+:(1)]) begin
            immdt = ext_word;
            if (held$q[(64'h1bb)+:(1)]) begin
                immdt = (((d_ext_c[(32'h0)+:(16)]) & 32'hffffffff) << 32'h10) | ((d_ext_d) & 32'hffffffff);
            end
            if (held$q[(64'h1bf)+:(1)]) begin
                immdt = (((d_ext_b[(32'h0)+:(16)]) & 32'hffffffff) << 32'h10) | ((d_ext_c[(32'h30)+:(16)]) & 32'hffffffff);
            end
        end
        has_ieth = held$q[(64'h1be)+:(1)];
        ieth_rkey = no_field_32;
        if (held$q[(64'h1be)+:(1)]) begin
            ieth_rkey = ext_word;
        end
        has_deth = held$q[(64'h1bf)+:(1)];
        deth_qkey = no_field_32;
        deth_src_qp = no_field_24;
        if (held$q[(64'h1bf)+:(1)]) begin
            deth_qkey = ext_word;
            deth_src_qp = d_ext_b[(32'h10)+:(24)];
        end
        payload_length = held$q[(64'h1c0)+:(16)];
        has_payload = held$q[(64'h1d0)+:(1)];
        if (reset) begin
            load$d = 1'b0;
            held_valid$d = 1'b0;
        end
    end
    
endmodule // nic_core$parser$descriptor


module nic_core$parser$descriptor$held(d,q,clock);
    
    // Module arguments
    input wire  [464:0] d;
    output reg  [464:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 465'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$descriptor$held


module nic_core$parser$descriptor$held_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$descriptor$held_valid


module nic_core$parser$descriptor$load(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$descriptor$load


module nic_core$parser$descriptor$staged_has_payload(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$descriptor$staged_has_payload


module nic_core$parser$descriptor$staged_payload_length(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$descriptor$staged_payload_length


module nic_core$parser$descriptor_busy(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$descriptor_busy


module nic_core$parser$end_beat(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$end_beat


module nic_core$parser$end_below_minimum(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$end_below_minimum


module nic_core$parser$end_lanes(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$end_lanes


module nic_core$parser$flags(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$flags


module nic_core$parser$header(d,q,clock);
    
    // Module arguments
    input wire  [464:0] d;
    output reg  [464:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 465'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$header


module nic_core$parser$header_done(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$header_done


module nic_core$parser$header_end_beat(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$header_end_beat


module nic_core$parser$header_end_next(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$header_end_next


module nic_core$parser$icrc(clock,reset,beat,beat_taken,beat_last,beat_0,beat_1,beat_2,beat_3,beat_5,result_valid,result_ok);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] beat;
    input wire  beat_taken;
    input wire  beat_last;
    input wire  beat_0;
    input wire  beat_1;
    input wire  beat_2;
    input wire  beat_3;
    input wire  beat_5;
    output reg  result_valid;
    output reg  result_ok;
    
    // Constant declarations
    localparam  mask_beat2 = 64'hff000000000000;
    localparam  mask_beat3 = 64'hffff;
    localparam  mask_beat5 = 64'hff00000000ffff;
    localparam  beat1_image = 64'hff45ffffffffffff;
    localparam  six_bytes = 3'b110;
    localparam  no_shift = 3'b0;
    localparam  word_bits = 7'b1000000;
    
    // Stub signals
    reg  icrc$clock;
    reg  icrc$reset;
    reg  [63:0] icrc$word;
    reg  icrc$word_valid;
    reg  icrc$word_first;
    reg  icrc$word_last;
    reg  [31:0] icrc$init;
    wire  icrc$result_valid;
    wire  icrc$result_ok;
    wire  [31:0] icrc$result_crc;
    reg  [2:0] inits$address;
    wire  [31:0] inits$data;
    reg  [2:0] shift$d;
    wire  [2:0] shift$q;
    reg  shift$clock;
    reg  [63:0] previous$d;
    wire  [63:0] previous$q;
    reg  previous$clock;
    reg  [63:0] current$d;
    wire  [63:0] current$q;
    reg  current$clock;
    reg  word_valid$d;
    wire  word_valid$q;
    reg  word_valid$clock;
    reg  word_first$d;
    wire  word_first$q;
    reg  word_first$clock;
    reg  word_last$d;
    wire  word_last$q;
    reg  word_last$clock;
    
    // Local signals
    reg  [6:0] shift_bits;
    
    // Sub module instances
    nic_core$parser$icrc$icrc icrc(
        .clock(icrc$clock),
        .reset(icrc$reset),
        .word(icrc$word),
        .word_valid(icrc$word_valid),
        .word_first(icrc$word_first),
        .word_last(icrc$word_last),
        .init(icrc$init),
        .result_valid(icrc$result_valid),
        .result_ok(icrc$result_ok),
        .result_crc(icrc$result_crc)
    );
    nic_core$parser$icrc$inits inits(
        .address(inits$address),
        .data(inits$data)
    );
    nic_core$parser$icrc$shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    nic_core$parser$icrc$previous previous(
        .d(previous$d),
        .q(previous$q),
        .clock(previous$clock)
    );
    nic_core$parser$icrc$current current(
        .d(current$d),
        .q(current$q),
        .clock(current$clock)
    );
    nic_core$parser$icrc$word_valid word_valid(
        .d(word_valid$d),
        .q(word_valid$q),
        .clock(word_valid$clock)
    );
    nic_core$parser$icrc$word_first word_first(
        .d(word_first$d),
        .q(word_first$q),
        .clock(word_first$clock)
    );
    nic_core$parser$icrc$word_last word_last(
        .d(word_last$d),
        .q(word_last$q),
        .clock(word_last$clock)
    );
    
    // Update code
    always @(*) begin
        shift$clock = clock;
        previous$clock = clock;
        current$clock = clock;
        word_valid$clock = clock;
        word_first$clock = clock;
        word_last$clock = clock;
        shift$d = shift$q;
        previous$d = previous$q;
        current$d = current$q;
        word_valid$d = word_valid$q;
        word_first$d = word_first$q;
        word_last$d = word_last$q;
        icrc$clock = clock;
        icrc$reset = reset;
        if (beat_taken) begin
            previous$d = current$q;
            current$d = beat;
            if (beat_1) begin
                current$d = beat1_image;
            end
            if (beat_2) begin
                current$d = beat | mask_beat2;
                shift$d = beat[(32'h8)+:(3)] + six_bytes;
            end
            if (beat_3) begin
                current$d = beat | mask_beat3;
            end
            if (beat_5) begin
                current$d = beat | mask_beat5;
            end
        end
        word_valid$d = beat_taken & ~beat_0 & ~beat_1;
        word_first$d = beat_2;
        word_last$d = beat_last;
        shift_bits = ((shift$q) & 7'h7f) << 32'h3;
        icrc$word = current$q;
        if (shift$q != no_shift) begin
            icrc$word = (previous$q >> shift_bits) | (current$q << (word_bits - shift_bits));
        end
        icrc$word_valid = word_valid$q;
        icrc$word_first = word_first$q;
        icrc$word_last = word_last$q;
        inits$address = shift$q;
        icrc$init = inits$data;
        result_valid = icrc$result_valid;
        result_ok = icrc$result_ok;
        if (reset) begin
            word_valid$d = 1'b0;
        end
    end
    
endmodule // nic_core$parser$icrc


module nic_core$parser$icrc$current(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$icrc$current


module nic_core$parser$icrc$icrc(clock,reset,word,word_valid,word_first,word_last,init,result_valid,result_ok,result_crc);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] word;
    input wire  word_valid;
    input wire  word_first;
    input wire  word_last;
    input wire  [31:0] init;
    output reg  result_valid;
    output reg  result_ok;
    output reg  [31:0] result_crc;
    
    // Constant declarations
    localparam  residue = 32'hdebb20e3;
    
    // Stub signals
    reg  [63:0] word_term$data_in;
    wire  [31:0] word_term$data_out;
    reg  [31:0] register_term$data_in;
    wire  [31:0] register_term$data_out;
    reg  [63:0] word_q$d;
    wire  [63:0] word_q$q;
    reg  word_q$clock;
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  first_q$d;
    wire  first_q$q;
    reg  first_q$clock;
    reg  last_q$d;
    wire  last_q$q;
    reg  last_q$clock;
    reg  [31:0] init_q$d;
    wire  [31:0] init_q$q;
    reg  init_q$clock;
    reg  [31:0] term_q$d;
    wire  [31:0] term_q$q;
    reg  term_q$clock;
    reg  term_valid_q$d;
    wire  term_valid_q$q;
    reg  term_valid_q$clock;
    reg  term_last_q$d;
    wire  term_last_q$q;
    reg  term_last_q$clock;
    reg  [31:0] register$d;
    wire  [31:0] register$q;
    reg  register$clock;
    reg  check_q$d;
    wire  check_q$q;
    reg  check_q$clock;
    reg  result_valid_q$d;
    wire  result_valid_q$q;
    reg  result_valid_q$clock;
    reg  result_ok_q$d;
    wire  result_ok_q$q;
    reg  result_ok_q$clock;
    reg  [31:0] result_crc_q$d;
    wire  [31:0] result_crc_q$q;
    reg  result_crc_q$clock;
    
    // Sub module instances
    nic_core$parser$icrc$icrc$word_term word_term(
        .data_in(word_term$data_in),
        .data_out(word_term$data_out)
    );
    nic_core$parser$icrc$icrc$register_term register_term(
        .data_in(register_term$data_in),
        .data_out(register_term$data_out)
    );
    nic_core$parser$icrc$icrc$word_q word_q(
        .d(word_q$d),
        .q(word_q$q),
        .clock(word_q$clock)
    );
    nic_core$parser$icrc$icrc$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    nic_core$parser$icrc$icrc$first_q first_q(
        .d(first_q$d),
        .q(first_q$q),
        .clock(first_q$clock)
    );
    nic_core$parser$icrc$icrc$last_q last_q(
        .d(last_q$d),
        .q(last_q$q),
        .clock(last_q$clock)
    );
    nic_core$parser$icrc$icrc$init_q init_q(
        .d(init_q$d),
        .q(init_q$q),
        .clock(init_q$clock)
    );
    nic_core$parser$icrc$icrc$term_q term_q(
        .d(term_q$d),
        .q(term_q$q),
        .clock(term_q$clock)
    );
    nic_core$parser$icrc$icrc$term_valid_q term_valid_q(
        .d(term_valid_q$d),
        .q(term_valid_q$q),
        .clock(term_valid_q$clock)
    );
    nic_core$parser$icrc$icrc$term_last_q term_last_q(
        .d(term_last_q$d),
        .q(term_last_q$q),
        .clock(term_last_q$clock)
    );
    nic_core$parser$icrc$icrc$register register(
        .d(register$d),
        .q(register$q),
        .clock(register$clock)
    );
    nic_core$parser$icrc$icrc$check_q check_q(
        .d(check_q$d),
        .q(check_q$q),
        .clock(check_q$clock)
    );
    nic_core$parser$icrc$icrc$result_valid_q result_valid_q(
        .d(result_valid_q$d),
        .q(result_valid_q$q),
        .clock(result_valid_q$clock)
    );
    nic_core$parser$icrc$icrc$result_ok_q result_ok_q(
        .d(result_ok_q$d),
        .q(result_ok_q$q),
        .clock(result_ok_q$clock)
    );
    nic_core$parser$icrc$icrc$result_crc_q result_crc_q(
        .d(result_crc_q$d),
        .q(result_crc_q$q),
        .clock(result_crc_q$clock)
    );
    
    // Update code
    always @(*) begin
        word_q$clock = clock;
        valid_q$clock = clock;
        first_q$clock = clock;
        last_q$clock = clock;
        init_q$clock = clock;
        term_q$clock = clock;
        term_valid_q$clock = clock;
        term_last_q$clock = clock;
        register$clock = clock;
        check_q$clock = clock;
        result_valid_q$clock = clock;
        result_ok_q$clock = clock;
        result_crc_q$clock = clock;
        word_q$d = word_q$q;
        valid_q$d = valid_q$q;
        first_q$d = first_q$q;
        last_q$d = last_q$q;
        init_q$d = init_q$q;
        term_q$d = term_q$q;
        term_valid_q$d = term_valid_q$q;
        term_last_q$d = term_last_q$q;
        register$d = register$q;
        check_q$d = check_q$q;
        result_valid_q$d = result_valid_q$q;
        result_ok_q$d = result_ok_q$q;
        result_crc_q$d = result_crc_q$q;
        word_q$d = word;
        valid_q$d = word_valid;
        first_q$d = word_valid & word_first;
        last_q$d = word_valid & word_last;
        init_q$d = init;
        word_term$data_in = word_q$q;
        term_q$d = word_term$data_out;
        term_valid_q$d = valid_q$q;
        term_last_q$d = last_q$q;
        register_term$data_in = register$q;
        if (term_valid_q$q) begin
            register$d = register_term$data_out ^ term_q$q;
        end
        else if (first_q$q) begin
            register$d = init_q$q;
        end
        check_q$d = term_valid_q$q & term_last_q$q;
        result_valid_q$d = check_q$q;
        result_ok_q$d = register$q == residue;
        result_valid = result_valid_q$q;
        result_crc_q$d = ~register$q;
        result_ok = result_ok_q$q;
        result_crc = result_crc_q$q;
        if (reset) begin
            valid_q$d = 1'b0;
            first_q$d = 1'b0;
            last_q$d = 1'b0;
            term_valid_q$d = 1'b0;
            term_last_q$d = 1'b0;
            check_q$d = 1'b0;
            result_valid_q$d = 1'b0;
        end
    end
    
endmodule // nic_core$parser$icrc$icrc


module nic_core$parser$icrc$icrc$check_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$icrc$icrc$check_q


module nic_core$parser$icrc$icrc$first_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$icrc$icrc$first_q


module nic_core$parser$icrc$icrc$init_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$icrc$icrc$init_q


module nic_core$parser$icrc$icrc$last_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$icrc$icrc$last_q


module nic_core$parser$icrc$icrc$register(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$icrc$icrc$register


module nic_core$parser$icrc$icrc$register_term(data_in,data_out);
    
    // Module arguments
    input wire  [31:0] data_in;
    output reg  [31:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[27] ^ data_in[30];
        data_out[1] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[15] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[28] ^ data_in[31];
        data_out[2] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[29];
        data_out[3] = data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[23] ^ data_in[30];
        data_out[4] = data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[10] ^ data_in[13] ^ data_in[14] ^ data_in[15] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[23] ^ data_in[24] ^ data_in[31];
        data_out[5] = data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[8] ^ data_in[9] ^ data_in[11] ^ data_in[14] ^ data_in[15] ^ data_in[16] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[24] ^ data_in[25];
        data_out[6] = data_in[1] ^ data_in[2] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[15] ^ data_in[19] ^ data_in[22] ^ data_in[23] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[30];
        data_out[7] = data_in[0] ^ data_in[2] ^ data_in[3] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[20] ^ data_in[23] ^ data_in[24] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[31];
        data_out[8] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[21] ^ data_in[24] ^ data_in[25] ^ data_in[27] ^ data_in[28] ^ data_in[29];
        data_out[9] = data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[11] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[29];
        data_out[10] = data_in[1] ^ data_in[2] ^ data_in[7] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[21] ^ data_in[23] ^ data_in[26] ^ data_in[28] ^ data_in[29];
        data_out[11] = data_in[2] ^ data_in[3] ^ data_in[8] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[22] ^ data_in[24] ^ data_in[27] ^ data_in[29] ^ data_in[30];
        data_out[12] = data_in[3] ^ data_in[4] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[23] ^ data_in[25] ^ data_in[28] ^ data_in[30] ^ data_in[31];
        data_out[13] = data_in[4] ^ data_in[5] ^ data_in[10] ^ data_in[13] ^ data_in[14] ^ data_in[15] ^ data_in[17] ^ data_in[24] ^ data_in[26] ^ data_in[29] ^ data_in[31];
        data_out[14] = data_in[5] ^ data_in[6] ^ data_in[11] ^ data_in[14] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[25] ^ data_in[27] ^ data_in[30];
        data_out[15] = data_in[6] ^ data_in[7] ^ data_in[12] ^ data_in[15] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[26] ^ data_in[28] ^ data_in[31];
        data_out[16] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[13] ^ data_in[14] ^ data_in[18] ^ data_in[19] ^ data_in[29] ^ data_in[30];
        data_out[17] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[15] ^ data_in[19] ^ data_in[20] ^ data_in[30] ^ data_in[31];
        data_out[18] = data_in[1] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[20] ^ data_in[21] ^ data_in[31];
        data_out[19] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[21] ^ data_in[22];
        data_out[20] = data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[23] ^ data_in[27] ^ data_in[30];
        data_out[21] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[11] ^ data_in[13] ^ data_in[21] ^ data_in[23] ^ data_in[24] ^ data_in[27] ^ data_in[28] ^ data_in[30] ^ data_in[31];
        data_out[22] = data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[8] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[24] ^ data_in[25] ^ data_in[27] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[31];
        data_out[23] = data_in[0] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[23] ^ data_in[25] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[31];
        data_out[24] = data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[22] ^ data_in[24] ^ data_in[26] ^ data_in[29] ^ data_in[31];
        data_out[25] = data_in[1] ^ data_in[3] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[22] ^ data_in[23] ^ data_in[25];
        data_out[26] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[17] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[23] ^ data_in[24] ^ data_in[26];
        data_out[27] = data_in[0] ^ data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[17] ^ data_in[18] ^ data_in[19] ^ data_in[22] ^ data_in[23] ^ data_in[24] ^ data_in[25] ^ data_in[30];
        data_out[28] = data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[18] ^ data_in[23] ^ data_in[24] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[30] ^ data_in[31];
        data_out[29] = data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[19] ^ data_in[24] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[31];
        data_out[30] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[10] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[25] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[30];
        data_out[31] = data_in[0] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[26] ^ data_in[29] ^ data_in[31];
    end
endmodule // nic_core$parser$icrc$icrc$register_term


module nic_core$parser$icrc$icrc$result_crc_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$icrc$icrc$result_crc_q


module nic_core$parser$icrc$icrc$result_ok_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$icrc$icrc$result_ok_q


module nic_core$parser$icrc$icrc$result_valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$icrc$icrc$result_valid_q


module nic_core$parser$icrc$icrc$term_last_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$icrc$icrc$term_last_q


module nic_core$parser$icrc$icrc$term_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$icrc$icrc$term_q


module nic_core$parser$icrc$icrc$term_valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$icrc$icrc$term_valid_q


module nic_core$parser$icrc$icrc$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$icrc$icrc$valid_q


module nic_core$parser$icrc$icrc$word_q(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$icrc$icrc$word_q


module nic_core$parser$icrc$icrc$word_term(data_in,data_out);
    
    // Module arguments
    input wire  [63:0] data_in;
    output reg  [31:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[27] ^ data_in[30] ^ data_in[32] ^ data_in[33] ^ data_in[34] ^ data_in[35] ^ data_in[36] ^ data_in[38] ^ data_in[39] ^ data_in[40] ^ data_in[48] ^ data_in[52] ^ data_in[54] ^ data_in[55] ^ data_in[58];
        data_out[1] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[15] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[28] ^ data_in[31] ^ data_in[33] ^ data_in[34] ^ data_in[35] ^ data_in[36] ^ data_in[37] ^ data_in[39] ^ data_in[40] ^ data_in[41] ^ data_in[49] ^ data_in[53] ^ data_in[55] ^ data_in[56] ^ data_in[59];
        data_out[2] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[29] ^ data_in[32] ^ data_in[34] ^ data_in[35] ^ data_in[36] ^ data_in[37] ^ data_in[38] ^ data_in[40] ^ data_in[41] ^ data_in[42] ^ data_in[50] ^ data_in[54] ^ data_in[56] ^ data_in[57] ^ data_in[60];
        data_out[3] = data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[23] ^ data_in[30] ^ data_in[33] ^ data_in[35] ^ data_in[36] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[41] ^ data_in[42] ^ data_in[43] ^ data_in[51] ^ data_in[55] ^ data_in[57] ^ data_in[58] ^ data_in[61];
        data_out[4] = data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[10] ^ data_in[13] ^ data_in[14] ^ data_in[15] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[23] ^ data_in[24] ^ data_in[31] ^ data_in[34] ^ data_in[36] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[40] ^ data_in[42] ^ data_in[43] ^ data_in[44] ^ data_in[52] ^ data_in[56] ^ data_in[58] ^ data_in[59] ^ data_in[62];
        data_out[5] = data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[8] ^ data_in[9] ^ data_in[11] ^ data_in[14] ^ data_in[15] ^ data_in[16] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[24] ^ data_in[25] ^ data_in[32] ^ data_in[35] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[40] ^ data_in[41] ^ data_in[43] ^ data_in[44] ^ data_in[45] ^ data_in[53] ^ data_in[57] ^ data_in[59] ^ data_in[60] ^ data_in[63];
        data_out[6] = data_in[1] ^ data_in[2] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[15] ^ data_in[19] ^ data_in[22] ^ data_in[23] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[30] ^ data_in[32] ^ data_in[34] ^ data_in[35] ^ data_in[41] ^ data_in[42] ^ data_in[44] ^ data_in[45] ^ data_in[46] ^ data_in[48] ^ data_in[52] ^ data_in[55] ^ data_in[60] ^ data_in[61];
        data_out[7] = data_in[0] ^ data_in[2] ^ data_in[3] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[20] ^ data_in[23] ^ data_in[24] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[31] ^ data_in[33] ^ data_in[35] ^ data_in[36] ^ data_in[42] ^ data_in[43] ^ data_in[45] ^ data_in[46] ^ data_in[47] ^ data_in[49] ^ data_in[53] ^ data_in[56] ^ data_in[61] ^ data_in[62];
        data_out[8] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[21] ^ data_in[24] ^ data_in[25] ^ data_in[27] ^ data_in[28] ^ data_in[29] ^ data_in[32] ^ data_in[34] ^ data_in[36] ^ data_in[37] ^ data_in[43] ^ data_in[44] ^ data_in[46] ^ data_in[47] ^ data_in[48] ^ data_in[50] ^ data_in[54] ^ data_in[57] ^ data_in[62] ^ data_in[63];
        data_out[9] = data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[11] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[29] ^ data_in[32] ^ data_in[34] ^ data_in[36] ^ data_in[37] ^ data_in[39] ^ data_in[40] ^ data_in[44] ^ data_in[45] ^ data_in[47] ^ data_in[49] ^ data_in[51] ^ data_in[52] ^ data_in[54] ^ data_in[63];
        data_out[10] = data_in[1] ^ data_in[2] ^ data_in[7] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[21] ^ data_in[23] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[32] ^ data_in[34] ^ data_in[36] ^ data_in[37] ^ data_in[39] ^ data_in[41] ^ data_in[45] ^ data_in[46] ^ data_in[50] ^ data_in[53] ^ data_in[54] ^ data_in[58];
        data_out[11] = data_in[2] ^ data_in[3] ^ data_in[8] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[22] ^ data_in[24] ^ data_in[27] ^ data_in[29] ^ data_in[30] ^ data_in[33] ^ data_in[35] ^ data_in[37] ^ data_in[38] ^ data_in[40] ^ data_in[42] ^ data_in[46] ^ data_in[47] ^ data_in[51] ^ data_in[54] ^ data_in[55] ^ data_in[59];
        data_out[12] = data_in[3] ^ data_in[4] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[23] ^ data_in[25] ^ data_in[28] ^ data_in[30] ^ data_in[31] ^ data_in[34] ^ data_in[36] ^ data_in[38] ^ data_in[39] ^ data_in[41] ^ data_in[43] ^ data_in[47] ^ data_in[48] ^ data_in[52] ^ data_in[55] ^ data_in[56] ^ data_in[60];
        data_out[13] = data_in[4] ^ data_in[5] ^ data_in[10] ^ data_in[13] ^ data_in[14] ^ data_in[15] ^ data_in[17] ^ data_in[24] ^ data_in[26] ^ data_in[29] ^ data_in[31] ^ data_in[32] ^ data_in[35] ^ data_in[37] ^ data_in[39] ^ data_in[40] ^ data_in[42] ^ data_in[44] ^ data_in[48] ^ data_in[49] ^ data_in[53] ^ data_in[56] ^ data_in[57] ^ data_in[61];
        data_out[14] = data_in[5] ^ data_in[6] ^ data_in[11] ^ data_in[14] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[25] ^ data_in[27] ^ data_in[30] ^ data_in[32] ^ data_in[33] ^ data_in[36] ^ data_in[38] ^ data_in[40] ^ data_in[41] ^ data_in[43] ^ data_in[45] ^ data_in[49] ^ data_in[50] ^ data_in[54] ^ data_in[57] ^ data_in[58] ^ data_in[62];
        data_out[15] = data_in[6] ^ data_in[7] ^ data_in[12] ^ data_in[15] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[26] ^ data_in[28] ^ data_in[31] ^ data_in[33] ^ data_in[34] ^ data_in[37] ^ data_in[39] ^ data_in[41] ^ data_in[42] ^ data_in[44] ^ data_in[46] ^ data_in[50] ^ data_in[51] ^ data_in[55] ^ data_in[58] ^ data_in[59] ^ data_in[63];
        data_out[16] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[13] ^ data_in[14] ^ data_in[18] ^ data_in[19] ^ data_in[29] ^ data_in[30] ^ data_in[33] ^ data_in[36] ^ data_in[39] ^ data_in[42] ^ data_in[43] ^ data_in[45] ^ data_in[47] ^ data_in[48] ^ data_in[51] ^ data_in[54] ^ data_in[55] ^ data_in[56] ^ data_in[58] ^ data_in[59] ^ data_in[60];
        data_out[17] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[15] ^ data_in[19] ^ data_in[20] ^ data_in[30] ^ data_in[31] ^ data_in[34] ^ data_in[37] ^ data_in[40] ^ data_in[43] ^ data_in[44] ^ data_in[46] ^ data_in[48] ^ data_in[49] ^ data_in[52] ^ data_in[55] ^ data_in[56] ^ data_in[57] ^ data_in[59] ^ data_in[60] ^ data_in[61];
        data_out[18] = data_in[1] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[20] ^ data_in[21] ^ data_in[31] ^ data_in[32] ^ data_in[35] ^ data_in[38] ^ data_in[41] ^ data_in[44] ^ data_in[45] ^ data_in[47] ^ data_in[49] ^ data_in[50] ^ data_in[53] ^ data_in[56] ^ data_in[57] ^ data_in[58] ^ data_in[60] ^ data_in[61] ^ data_in[62];
        data_out[19] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[21] ^ data_in[22] ^ data_in[32] ^ data_in[33] ^ data_in[36] ^ data_in[39] ^ data_in[42] ^ data_in[45] ^ data_in[46] ^ data_in[48] ^ data_in[50] ^ data_in[51] ^ data_in[54] ^ data_in[57] ^ data_in[58] ^ data_in[59] ^ data_in[61] ^ data_in[62] ^ data_in[63];
        data_out[20] = data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[23] ^ data_in[27] ^ data_in[30] ^ data_in[32] ^ data_in[35] ^ data_in[36] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[43] ^ data_in[46] ^ data_in[47] ^ data_in[48] ^ data_in[49] ^ data_in[51] ^ data_in[54] ^ data_in[59] ^ data_in[60] ^ data_in[62] ^ data_in[63];
        data_out[21] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[11] ^ data_in[13] ^ data_in[21] ^ data_in[23] ^ data_in[24] ^ data_in[27] ^ data_in[28] ^ data_in[30] ^ data_in[31] ^ data_in[32] ^ data_in[34] ^ data_in[35] ^ data_in[37] ^ data_in[44] ^ data_in[47] ^ data_in[49] ^ data_in[50] ^ data_in[54] ^ data_in[58] ^ data_in[60] ^ data_in[61] ^ data_in[63];
        data_out[22] = data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[8] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[24] ^ data_in[25] ^ data_in[27] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[31] ^ data_in[34] ^ data_in[39] ^ data_in[40] ^ data_in[45] ^ data_in[50] ^ data_in[51] ^ data_in[52] ^ data_in[54] ^ data_in[58] ^ data_in[59] ^ data_in[61] ^ data_in[62];
        data_out[23] = data_in[0] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[23] ^ data_in[25] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[31] ^ data_in[32] ^ data_in[35] ^ data_in[40] ^ data_in[41] ^ data_in[46] ^ data_in[51] ^ data_in[52] ^ data_in[53] ^ data_in[55] ^ data_in[59] ^ data_in[60] ^ data_in[62] ^ data_in[63];
        data_out[24] = data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[22] ^ data_in[24] ^ data_in[26] ^ data_in[29] ^ data_in[31] ^ data_in[34] ^ data_in[35] ^ data_in[38] ^ data_in[39] ^ data_in[40] ^ data_in[41] ^ data_in[42] ^ data_in[47] ^ data_in[48] ^ data_in[53] ^ data_in[55] ^ data_in[56] ^ data_in[58] ^ data_in[60] ^ data_in[61] ^ data_in[63];
        data_out[25] = data_in[1] ^ data_in[3] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[22] ^ data_in[23] ^ data_in[25] ^ data_in[33] ^ data_in[34] ^ data_in[38] ^ data_in[41] ^ data_in[42] ^ data_in[43] ^ data_in[49] ^ data_in[52] ^ data_in[55] ^ data_in[56] ^ data_in[57] ^ data_in[58] ^ data_in[59] ^ data_in[61] ^ data_in[62];
        data_out[26] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[17] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[23] ^ data_in[24] ^ data_in[26] ^ data_in[34] ^ data_in[35] ^ data_in[39] ^ data_in[42] ^ data_in[43] ^ data_in[44] ^ data_in[50] ^ data_in[53] ^ data_in[56] ^ data_in[57] ^ data_in[58] ^ data_in[59] ^ data_in[60] ^ data_in[62] ^ data_in[63];
        data_out[27] = data_in[0] ^ data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[17] ^ data_in[18] ^ data_in[19] ^ data_in[22] ^ data_in[23] ^ data_in[24] ^ data_in[25] ^ data_in[30] ^ data_in[32] ^ data_in[33] ^ data_in[34] ^ data_in[38] ^ data_in[39] ^ data_in[43] ^ data_in[44] ^ data_in[45] ^ data_in[48] ^ data_in[51] ^ data_in[52] ^ data_in[55] ^ data_in[57] ^ data_in[59] ^ data_in[60] ^ data_in[61] ^ data_in[63];
        data_out[28] = data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[18] ^ data_in[23] ^ data_in[24] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[30] ^ data_in[31] ^ data_in[32] ^ data_in[36] ^ data_in[38] ^ data_in[44] ^ data_in[45] ^ data_in[46] ^ data_in[48] ^ data_in[49] ^ data_in[53] ^ data_in[54] ^ data_in[55] ^ data_in[56] ^ data_in[60] ^ data_in[61] ^ data_in[62];
        data_out[29] = data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[19] ^ data_in[24] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[31] ^ data_in[32] ^ data_in[33] ^ data_in[37] ^ data_in[39] ^ data_in[45] ^ data_in[46] ^ data_in[47] ^ data_in[49] ^ data_in[50] ^ data_in[54] ^ data_in[55] ^ data_in[56] ^ data_in[57] ^ data_in[61] ^ data_in[62] ^ data_in[63];
        data_out[30] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[10] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[25] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[35] ^ data_in[36] ^ data_in[39] ^ data_in[46] ^ data_in[47] ^ data_in[50] ^ data_in[51] ^ data_in[52] ^ data_in[54] ^ data_in[56] ^ data_in[57] ^ data_in[62] ^ data_in[63];
        data_out[31] = data_in[0] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[26] ^ data_in[29] ^ data_in[31] ^ data_in[32] ^ data_in[33] ^ data_in[34] ^ data_in[35] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[47] ^ data_in[51] ^ data_in[53] ^ data_in[54] ^ data_in[57] ^ data_in[63];
    end
endmodule // nic_core$parser$icrc$icrc$word_term


module nic_core$parser$icrc$inits(address,data);
    
    // Module arguments
    input wire  [2:0] address;
    output reg  [31:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        3'b0: data = 32'hee310a91;
      3'b1: data = 32'hff;
      3'b10: data = 32'h0;
      3'b11: data = 32'h2d02ef8d;
      3'b100: data = 32'hbe2612ff;
      3'b101: data = 32'hbe2612;
      3'b110: data = 32'hdebb20e3;
      3'b111: data = 32'h3f6bbdfd;
      default: data = 32'h0;
    endcase
            
endmodule // nic_core$parser$icrc$inits


module nic_core$parser$icrc$previous(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$icrc$previous


module nic_core$parser$icrc$shift(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$icrc$shift


module nic_core$parser$icrc$word_first(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$icrc$word_first


module nic_core$parser$icrc$word_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$icrc$word_last


module nic_core$parser$icrc$word_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$icrc$word_valid


module nic_core$parser$input_slice(clock,reset,in_data,in_valid,in_ready,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [94:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  [94:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    
    // Stub signals
    reg  [94:0] main_data$d;
    wire  [94:0] main_data$q;
    reg  main_data$clock;
    reg  main_valid$d;
    wire  main_valid$q;
    reg  main_valid$clock;
    reg  [94:0] skid_data$d;
    wire  [94:0] skid_data$q;
    reg  skid_data$clock;
    reg  skid_valid$d;
    wire  skid_valid$q;
    reg  skid_valid$clock;
    
    // Sub module instances
    nic_core$parser$input_slice$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    nic_core$parser$input_slice$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    nic_core$parser$input_slice$skid_data skid_data(
        .d(skid_data$d),
        .q(skid_data$q),
        .clock(skid_data$clock)
    );
    nic_core$parser$input_slice$skid_valid skid_valid(
        .d(skid_valid$d),
        .q(skid_valid$q),
        .clock(skid_valid$clock)
    );
    
    // Update code
    always @(*) begin
        main_data$clock = clock;
        main_valid$clock = clock;
        skid_data$clock = clock;
        skid_valid$clock = clock;
        main_data$d = main_data$q;
        main_valid$d = main_valid$q;
        skid_data$d = skid_data$q;
        skid_valid$d = skid_valid$q;
        in_ready = ~skid_valid$q;
        out_data = main_data$q;
        out_valid = main_valid$q;
        if (out_ready | ~main_valid$q) begin
            if (skid_valid$q) begin
                main_data$d = skid_data$q;
                main_valid$d = 1'b1;
                skid_valid$d = 1'b0;
            end
            else begin
                main_data$d = in_data;
                main_valid$d = in_valid;
            end
        end
        else if (~skid_valid$q) begin
            skid_data$d = in_data;
            skid_valid$d = in_valid;
        end
        if (reset) begin
            main_valid$d = 1'b0;
            skid_valid$d = 1'b0;
        end
    end
    
endmodule // nic_core$parser$input_slice


module nic_core$parser$input_slice$main_data(d,q,clock);
    
    // Module arguments
    input wire  [94:0] d;
    output reg  [94:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 95'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$input_slice$main_data


module nic_core$parser$input_slice$main_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$input_slice$main_valid


module nic_core$parser$input_slice$skid_data(d,q,clock);
    
    // Module arguments
    input wire  [94:0] d;
    output reg  [94:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 95'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$input_slice$skid_data


module nic_core$parser$input_slice$skid_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$input_slice$skid_valid


module nic_core$parser$ip_length(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$ip_length


module nic_core$parser$keep_bytes(data_in,data_out);
    
    // Module arguments
    input wire  [7:0] data_in;
    output reg  [63:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[0];
        data_out[1] = data_in[0];
        data_out[2] = data_in[0];
        data_out[3] = data_in[0];
        data_out[4] = data_in[0];
        data_out[5] = data_in[0];
        data_out[6] = data_in[0];
        data_out[7] = data_in[0];
        data_out[8] = data_in[1];
        data_out[9] = data_in[1];
        data_out[10] = data_in[1];
        data_out[11] = data_in[1];
        data_out[12] = data_in[1];
        data_out[13] = data_in[1];
        data_out[14] = data_in[1];
        data_out[15] = data_in[1];
        data_out[16] = data_in[2];
        data_out[17] = data_in[2];
        data_out[18] = data_in[2];
        data_out[19] = data_in[2];
        data_out[20] = data_in[2];
        data_out[21] = data_in[2];
        data_out[22] = data_in[2];
        data_out[23] = data_in[2];
        data_out[24] = data_in[3];
        data_out[25] = data_in[3];
        data_out[26] = data_in[3];
        data_out[27] = data_in[3];
        data_out[28] = data_in[3];
        data_out[29] = data_in[3];
        data_out[30] = data_in[3];
        data_out[31] = data_in[3];
        data_out[32] = data_in[4];
        data_out[33] = data_in[4];
        data_out[34] = data_in[4];
        data_out[35] = data_in[4];
        data_out[36] = data_in[4];
        data_out[37] = data_in[4];
        data_out[38] = data_in[4];
        data_out[39] = data_in[4];
        data_out[40] = data_in[5];
        data_out[41] = data_in[5];
        data_out[42] = data_in[5];
        data_out[43] = data_in[5];
        data_out[44] = data_in[5];
        data_out[45] = data_in[5];
        data_out[46] = data_in[5];
        data_out[47] = data_in[5];
        data_out[48] = data_in[6];
        data_out[49] = data_in[6];
        data_out[50] = data_in[6];
        data_out[51] = data_in[6];
        data_out[52] = data_in[6];
        data_out[53] = data_in[6];
        data_out[54] = data_in[6];
        data_out[55] = data_in[6];
        data_out[56] = data_in[7];
        data_out[57] = data_in[7];
        data_out[58] = data_in[7];
        data_out[59] = data_in[7];
        data_out[60] = data_in[7];
        data_out[61] = data_in[7];
        data_out[62] = data_in[7];
        data_out[63] = data_in[7];
    end
endmodule // nic_core$parser$keep_bytes


module nic_core$parser$keep_lanes(address,data);
    
    // Module arguments
    input wire  [7:0] address;
    output reg  [3:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        8'h0: data = 4'h0;
      8'h1: data = 4'h1;
      8'h2: data = 4'h2;
      8'h3: data = 4'h2;
      8'h4: data = 4'h3;
      8'h5: data = 4'h3;
      8'h6: data = 4'h3;
      8'h7: data = 4'h3;
      8'h8: data = 4'h4;
      8'h9: data = 4'h4;
      8'ha: data = 4'h4;
      8'hb: data = 4'h4;
      8'hc: data = 4'h4;
      8'hd: data = 4'h4;
      8'he: data = 4'h4;
      8'hf: data = 4'h4;
      8'h10: data = 4'h5;
      8'h11: data = 4'h5;
      8'h12: data = 4'h5;
      8'h13: data = 4'h5;
      8'h14: data = 4'h5;
      8'h15: data = 4'h5;
      8'h16: data = 4'h5;
      8'h17: data = 4'h5;
      8'h18: data = 4'h5;
      8'h19: data = 4'h5;
      8'h1a: data = 4'h5;
      8'h1b: data = 4'h5;
      8'h1c: data = 4'h5;
      8'h1d: data = 4'h5;
      8'h1e: data = 4'h5;
      8'h1f: data = 4'h5;
      8'h20: data = 4'h6;
      8'h21: data = 4'h6;
      8'h22: data = 4'h6;
      8'h23: data = 4'h6;
      8'h24: data = 4'h6;
      8'h25: data = 4'h6;
      8'h26: data = 4'h6;
      8'h27: data = 4'h6;
      8'h28: data = 4'h6;
      8'h29: data = 4'h6;
      8'h2a: data = 4'h6;
      8'h2b: data = 4'h6;
      8'h2c: data = 4'h6;
      8'h2d: data = 4'h6;
      8'h2e: data = 4'h6;
      8'h2f: data = 4'h6;
      8'h30: data = 4'h6;
      8'h31: data = 4'h6;
      8'h32: data = 4'h6;
      8'h33: data = 4'h6;
      8'h34: data = 4'h6;
      8'h35: data = 4'h6;
      8'h36: data = 4'h6;
      8'h37: data = 4'h6;
      8'h38: data = 4'h6;
      8'h39: data = 4'h6;
      8'h3a: data = 4'h6;
      8'h3b: data = 4'h6;
      8'h3c: data = 4'h6;
      8'h3d: data = 4'h6;
      8'h3e: data = 4'h6;
      8'h3f: data = 4'h6;
      8'h40: data = 4'h7;
      8'h41: data = 4'h7;
      8'h42: data = 4'h7;
      8'h43: data = 4'h7;
      8'h44: data = 4'h7;
      8'h45: data = 4'h7;
      8'h46: data = 4'h7;
      8'h47: data = 4'h7;
      8'h48: data = 4'h7;
      8'h49: data = 4'h7;
      8'h4a: data = 4'h7;
      8'h4b: data = 4'h7;
      8'h4c: data = 4'h7;
      8'h4d: data = 4'h7;
      8'h4e: data = 4'h7;
      8'h4f: data = 4'h7;
      8'h50: data = 4'h7;
      8'h51: data = 4'h7;
      8'h52: data = 4'h7;
      8'h53: data = 4'h7;
      8'h54: data = 4'h7;
      8'h55: data = 4'h7;
      8'h56: data = 4'h7;
      8'h57: data = 4'h7;
      8'h58: data = 4'h7;
      8'h59: data = 4'h7;
      8'h5a: data = 4'h7;
      8'h5b: data = 4'h7;
      8'h5c: data = 4'h7;
      8'h5d: data = 4'h7;
      8'h5e: data = 4'h7;
      8'h5f: data = 4'h7;
      8'h60: data = 4'h7;
      8'h61: data = 4'h7;
      8'h62: data = 4'h7;
      8'h63: data = 4'h7;
      8'h64: data = 4'h7;
      8'h65: data = 4'h7;
      8'h66: data = 4'h7;
      8'h67: data = 4'h7;
      8'h68: data = 4'h7;
      8'h69: data = 4'h7;
      8'h6a: data = 4'h7;
      8'h6b: data = 4'h7;
      8'h6c: data = 4'h7;
      8'h6d: data = 4'h7;
      8'h6e: data = 4'h7;
      8'h6f: data = 4'h7;
      8'h70: data = 4'h7;
      8'h71: data = 4'h7;
      8'h72: data = 4'h7;
      8'h73: data = 4'h7;
      8'h74: data = 4'h7;
      8'h75: data = 4'h7;
      8'h76: data = 4'h7;
      8'h77: data = 4'h7;
      8'h78: data = 4'h7;
      8'h79: data = 4'h7;
      8'h7a: data = 4'h7;
      8'h7b: data = 4'h7;
      8'h7c: data = 4'h7;
      8'h7d: data = 4'h7;
      8'h7e: data = 4'h7;
      8'h7f: data = 4'h7;
      8'h80: data = 4'h8;
      8'h81: data = 4'h8;
      8'h82: data = 4'h8;
      8'h83: data = 4'h8;
      8'h84: data = 4'h8;
      8'h85: data = 4'h8;
      8'h86: data = 4'h8;
      8'h87: data = 4'h8;
      8'h88: data = 4'h8;
      8'h89: data = 4'h8;
      8'h8a: data = 4'h8;
      8'h8b: data = 4'h8;
      8'h8c: data = 4'h8;
      8'h8d: data = 4'h8;
      8'h8e: data = 4'h8;
      8'h8f: data = 4'h8;
      8'h90: data = 4'h8;
      8'h91: data = 4'h8;
      8'h92: data = 4'h8;
      8'h93: data = 4'h8;
      8'h94: data = 4'h8;
      8'h95: data = 4'h8;
      8'h96: data = 4'h8;
      8'h97: data = 4'h8;
      8'h98: data = 4'h8;
      8'h99: data = 4'h8;
      8'h9a: data = 4'h8;
      8'h9b: data = 4'h8;
      8'h9c: data = 4'h8;
      8'h9d: data = 4'h8;
      8'h9e: data = 4'h8;
      8'h9f: data = 4'h8;
      8'ha0: data = 4'h8;
      8'ha1: data = 4'h8;
      8'ha2: data = 4'h8;
      8'ha3: data = 4'h8;
      8'ha4: data = 4'h8;
      8'ha5: data = 4'h8;
      8'ha6: data = 4'h8;
      8'ha7: data = 4'h8;
      8'ha8: data = 4'h8;
      8'ha9: data = 4'h8;
      8'haa: data = 4'h8;
      8'hab: data = 4'h8;
      8'hac: data = 4'h8;
      8'had: data = 4'h8;
      8'hae: data = 4'h8;
      8'haf: data = 4'h8;
      8'hb0: data = 4'h8;
      8'hb1: data = 4'h8;
      8'hb2: data = 4'h8;
      8'hb3: data = 4'h8;
      8'hb4: data = 4'h8;
      8'hb5: data = 4'h8;
      8'hb6: data = 4'h8;
      8'hb7: data = 4'h8;
      8'hb8: data = 4'h8;
      8'hb9: data = 4'h8;
      8'hba: data = 4'h8;
      8'hbb: data = 4'h8;
      8'hbc: data = 4'h8;
      8'hbd: data = 4'h8;
      8'hbe: data = 4'h8;
      8'hbf: data = 4'h8;
      8'hc0: data = 4'h8;
      8'hc1: data = 4'h8;
      8'hc2: data = 4'h8;
      8'hc3: data = 4'h8;
      8'hc4: data = 4'h8;
      8'hc5: data = 4'h8;
      8'hc6: data = 4'h8;
      8'hc7: data = 4'h8;
      8'hc8: data = 4'h8;
      8'hc9: data = 4'h8;
      8'hca: data = 4'h8;
      8'hcb: data = 4'h8;
      8'hcc: data = 4'h8;
      8'hcd: data = 4'h8;
      8'hce: data = 4'h8;
      8'hcf: data = 4'h8;
      8'hd0: data = 4'h8;
      8'hd1: data = 4'h8;
      8'hd2: data = 4'h8;
      8'hd3: data = 4'h8;
      8'hd4: data = 4'h8;
      8'hd5: data = 4'h8;
      8'hd6: data = 4'h8;
      8'hd7: data = 4'h8;
      8'hd8: data = 4'h8;
      8'hd9: data = 4'h8;
      8'hda: data = 4'h8;
      8'hdb: data = 4'h8;
      8'hdc: data = 4'h8;
      8'hdd: data = 4'h8;
      8'hde: data = 4'h8;
      8'hdf: data = 4'h8;
      8'he0: data = 4'h8;
      8'he1: data = 4'h8;
      8'he2: data = 4'h8;
      8'he3: data = 4'h8;
      8'he4: data = 4'h8;
      8'he5: data = 4'h8;
      8'he6: data = 4'h8;
      8'he7: data = 4'h8;
      8'he8: data = 4'h8;
      8'he9: data = 4'h8;
      8'hea: data = 4'h8;
      8'heb: data = 4'h8;
      8'hec: data = 4'h8;
      8'hed: data = 4'h8;
      8'hee: data = 4'h8;
      8'hef: data = 4'h8;
      8'hf0: data = 4'h8;
      8'hf1: data = 4'h8;
      8'hf2: data = 4'h8;
      8'hf3: data = 4'h8;
      8'hf4: data = 4'h8;
      8'hf5: data = 4'h8;
      8'hf6: data = 4'h8;
      8'hf7: data = 4'h8;
      8'hf8: data = 4'h8;
      8'hf9: data = 4'h8;
      8'hfa: data = 4'h8;
      8'hfb: data = 4'h8;
      8'hfc: data = 4'h8;
      8'hfd: data = 4'h8;
      8'hfe: data = 4'h8;
      8'hff: data = 4'h8;
      default: data = 4'h0;
    endcase
            
endmodule // nic_core$parser$keep_lanes


module nic_core$parser$last_beat_busy(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$last_beat_busy


module nic_core$parser$opcodes(address,data);
    
    // Module arguments
    input wire  [7:0] address;
    output reg  [22:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        8'h0: data = 23'h332c03;
      8'h1: data = 23'h332c03;
      8'h2: data = 23'h332c05;
      8'h3: data = 23'h13b025;
      8'h4: data = 23'h332c07;
      8'h5: data = 23'h13b027;
      8'h6: data = 23'h343c0b;
      8'h7: data = 23'h332c03;
      8'h8: data = 23'h332c05;
      8'h9: data = 23'h13b025;
      8'ha: data = 23'h343c0f;
      8'hb: data = 23'h14c02f;
      8'hc: data = 23'h343c09;
      8'hd: data = 23'h13b013;
      8'he: data = 23'h332c03;
      8'hf: data = 23'h13b015;
      8'h10: data = 23'h13b017;
      8'h11: data = 23'h13b011;
      8'h16: data = 23'h13b045;
      8'h17: data = 23'h13b047;
      8'h64: data = 23'h33b487;
      8'h65: data = 23'h1438a7;
      8'h81: data = 23'h332c07;
      default: data = 23'h0;
    endcase
            
endmodule // nic_core$parser$opcodes


module nic_core$parser$pad_count(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$pad_count


module nic_core$parser$payload(clock,reset,beat,beat_lanes,beat_last,beat_taken,last_beat_loads,headers_end_here,headers_end_now,payload_lane,payload_room,payload_starts,length_check_failed,ended_with_length_error,ready,draining,m_axis_tdata,m_axis_tkeep,m_axis_tlast,m_axis_tuser,m_axis_tvalid,m_axis_tready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] beat;
    input wire  [3:0] beat_lanes;
    input wire  beat_last;
    input wire  beat_taken;
    input wire  last_beat_loads;
    input wire  headers_end_here;
    input wire  headers_end_now;
    input wire  [3:0] payload_lane;
    input wire  [16:0] payload_room;
    input wire  payload_starts;
    input wire  length_check_failed;
    input wire  ended_with_length_error;
    output reg  ready;
    output reg  draining;
    output reg  [63:0] m_axis_tdata;
    output reg  [7:0] m_axis_tkeep;
    output reg  m_axis_tlast;
    output reg  m_axis_tuser;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    
    // Constant declarations
    localparam  ones = 8'hff;
    localparam  all_lanes = 4'h8;
    localparam  no_lanes = 4'h0;
    localparam  lane_two = 4'h2;
    localparam  no_small = 5'b0;
    localparam  eight_small = 5'b1000;
    localparam  sixteen_small = 5'b10000;
    localparam  sixteen_room = 17'b10000;
    localparam  eight_bytes = 16'h8;
    localparam  twenty_three = 5'b10111;
    
    // Stub signals
    reg  slice$clock;
    reg  slice$reset;
    reg  [73:0] slice$in_data;
    reg  slice$in_valid;
    wire  slice$in_ready;
    wire  [73:0] slice$out_data;
    wire  slice$out_valid;
    reg  slice$out_ready;
    reg  [63:0] previous$d;
    wire  [63:0] previous$q;
    reg  previous$clock;
    reg  open$d;
    wire  open$q;
    reg  open$clock;
    reg  ok$d;
    wire  ok$q;
    reg  ok$clock;
    reg  [15:0] remaining$d;
    wire  [15:0] remaining$q;
    reg  remaining$clock;
    reg  [4:0] remaining_small$d;
    wire  [4:0] remaining_small$q;
    reg  remaining_small$clock;
    reg  [7:0] middle_keep$d;
    wire  [7:0] middle_keep$q;
    reg  middle_keep$clock;
    reg  middle_last$d;
    wire  middle_last$q;
    reg  middle_last$clock;
    reg  [4:0] keep_of_room$address;
    wire  [7:0] keep_of_room$data;
    reg  [4:0] keep_after_beat$address;
    wire  [7:0] keep_after_beat$data;
    reg  drain_prepare$d;
    wire  drain_prepare$q;
    reg  drain_prepare$clock;
    reg  drain_word_pending$d;
    wire  drain_word_pending$q;
    reg  drain_word_pending$clock;
    reg  drain_tail_pending$d;
    wire  drain_tail_pending$q;
    reg  drain_tail_pending$clock;
    reg  [63:0] drain_word$d;
    wire  [63:0] drain_word$q;
    reg  drain_word$clock;
    reg  [63:0] drain_tail$d;
    wire  [63:0] drain_tail$q;
    reg  drain_tail$clock;
    reg  [3:0] drain_taken$d;
    wire  [3:0] drain_taken$q;
    reg  drain_taken$clock;
    reg  [3:0] drain_tail_lanes$d;
    wire  [3:0] drain_tail_lanes$q;
    reg  drain_tail_lanes$clock;
    reg  drain_word_last$d;
    wire  drain_word_last$q;
    reg  drain_word_last$clock;
    reg  drain_word_short$d;
    wire  drain_word_short$q;
    reg  drain_word_short$clock;
    reg  [7:0] drain_tail_keep$d;
    wire  [7:0] drain_tail_keep$q;
    reg  drain_tail_keep$clock;
    reg  drain_tail_short$d;
    wire  drain_tail_short$q;
    reg  drain_tail_short$clock;
    reg  [4:0] thermometer$address;
    wire  [7:0] thermometer$data;
    
    // Local signals
    reg  flows;
    reg  [4:0] room_small;
    reg  [15:0] remaining_after_beat;
    reg  [4:0] remaining_small_after_beat;
    reg  [63:0] word;
    reg  [63:0] tail_word;
    reg  [3:0] available;
    reg  [3:0] tail_lanes;
    reg  [3:0] last_taken;
    reg  [4:0] drain_left;
    
    // Sub module instances
    nic_core$parser$payload$slice slice(
        .clock(slice$clock),
        .reset(slice$reset),
        .in_data(slice$in_data),
        .in_valid(slice$in_valid),
        .in_ready(slice$in_ready),
        .out_data(slice$out_data),
        .out_valid(slice$out_valid),
        .out_ready(slice$out_ready)
    );
    nic_core$parser$payload$previous previous(
        .d(previous$d),
        .q(previous$q),
        .clock(previous$clock)
    );
    nic_core$parser$payload$open open(
        .d(open$d),
        .q(open$q),
        .clock(open$clock)
    );
    nic_core$parser$payload$ok ok(
        .d(ok$d),
        .q(ok$q),
        .clock(ok$clock)
    );
    nic_core$parser$payload$remaining remaining(
        .d(remaining$d),
        .q(remaining$q),
        .clock(remaining$clock)
    );
    nic_core$parser$payload$remaining_small remaining_small(
        .d(remaining_small$d),
        .q(remaining_small$q),
        .clock(remaining_small$clock)
    );
    nic_core$parser$payload$middle_keep middle_keep(
        .d(middle_keep$d),
        .q(middle_keep$q),
        .clock(middle_keep$clock)
    );
    nic_core$parser$payload$middle_last middle_last(
        .d(middle_last$d),
        .q(middle_last$q),
        .clock(middle_last$clock)
    );
    nic_core$parser$payload$keep_of_room keep_of_room(
        .address(keep_of_room$address),
        .data(keep_of_room$data)
    );
    nic_core$parser$payload$keep_after_beat keep_after_beat(
        .address(keep_after_beat$address),
        .data(keep_after_beat$data)
    );
    nic_core$parser$payload$drain_prepare drain_prepare(
        .d(drain_prepare$d),
        .q(drain_prepare$q),
        .clock(drain_prepare$clock)
    );
    nic_core$parser$payload$drain_word_pending drain_word_pending(
        .d(drain_word_pending$d),
        .q(drain_word_pending$q),
        .clock(drain_word_pending$clock)
    );
    nic_core$parser$payload$drain_tail_pending drain_tail_pending(
        .d(drain_tail_pending$d),
        .q(drain_tail_pending$q),
        .clock(drain_tail_pending$clock)
    );
    nic_core$parser$payload$drain_word drain_word(
        .d(drain_word$d),
        .q(drain_word$q),
        .clock(drain_word$clock)
    );
    nic_core$parser$payload$drain_tail drain_tail(
        .d(drain_tail$d),
        .q(drain_tail$q),
        .clock(drain_tail$clock)
    );
    nic_core$parser$payload$drain_taken drain_taken(
        .d(drain_taken$d),
        .q(drain_taken$q),
        .clock(drain_taken$clock)
    );
    nic_core$parser$payload$drain_tail_lanes drain_tail_lanes(
        .d(drain_tail_lanes$d),
        .q(drain_tail_lanes$q),
        .clock(drain_tail_lanes$clock)
    );
    nic_core$parser$payload$drain_word_last drain_word_last(
        .d(drain_word_last$d),
        .q(drain_word_last$q),
        .clock(drain_word_last$clock)
    );
    nic_core$parser$payload$drain_word_short drain_word_short(
        .d(drain_word_short$d),
        .q(drain_word_short$q),
        .clock(drain_word_short$clock)
    );
    nic_core$parser$payload$drain_tail_keep drain_tail_keep(
        .d(drain_tail_keep$d),
        .q(drain_tail_keep$q),
        .clock(drain_tail_keep$clock)
    );
    nic_core$parser$payload$drain_tail_short drain_tail_short(
        .d(drain_tail_short$d),
        .q(drain_tail_short$q),
        .clock(drain_tail_short$clock)
    );
    nic_core$parser$payload$thermometer thermometer(
        .address(thermometer$address),
        .data(thermometer$data)
    );
    
    // Update code
    always @(*) begin
        previous$clock = clock;
        open$clock = clock;
        ok$clock = clock;
        remaining$clock = clock;
        remaining_small$clock = clock;
        middle_keep$clock = clock;
        middle_last$clock = clock;
        drain_prepare$clock = clock;
        drain_word_pending$clock = clock;
        drain_tail_pending$clock = clock;
        drain_word$clock = clock;
        drain_tail$clock = clock;
        drain_taken$clock = clock;
        drain_tail_lanes$clock = clock;
        drain_word_last$clock = clock;
        drain_word_short$clock = clock;
        drain_tail_keep$clock = clock;
        drain_tail_short$clock = clock;
        previous$d = previous$q;
        open$d = open$q;
        ok$d = ok$q;
        remaining$d = remaining$q;
        remaining_small$d = remaining_small$q;
        middle_keep$d = middle_keep$q;
        middle_last$d = middle_last$q;
        drain_prepare$d = drain_prepare$q;
        drain_word_pending$d = drain_word_pending$q;
        drain_tail_pending$d = drain_tail_pending$q;
        drain_word$d = drain_word$q;
        drain_tail$d = drain_tail$q;
        drain_taken$d = drain_taken$q;
        drain_tail_lanes$d = drain_tail_lanes$q;
        drain_word_last$d = drain_word_last$q;
        drain_word_short$d = drain_word_short$q;
        drain_tail_keep$d = drain_tail_keep$q;
        drain_tail_short$d = drain_tail_short$q;
        slice$clock = clock;
        slice$reset = reset;
        ready = slice$in_ready;
        draining = drain_word_pending$q | drain_tail_pending$q;
        flows = ok$q & ~length_check_failed;
        if (beat_taken) begin
            previous$d = beat;
        end
        if (payload_lane == lane_two) begin
            word = (previous$q >> 32'h10) | (beat << 32'h30);
            tail_word = beat >> 32'h10;
        end
        else begin
            word = (previous$q >> 32'h30) | (beat << 32'h10);
            tail_word = beat >> 32'h30;
        end
        room_small = ((payload_room) & 5'h1f);
        if (payload_room > sixteen_room) begin
            room_small = sixteen_small;
        end
        remaining_after_beat = remaining$q - eight_bytes;
        remaining_small_after_beat = remaining$q[(32'h0)+:(5)] - eight_small;
        if (|remaining$q[(32'h5)+:(11)] | (remaining$q[(32'h0)+:(5)] > twenty_three)) begin
            remaining_small_after_beat = sixteen_small;
        end
        available = all_lanes;
        tail_lanes = no_lanes;
        if (beat_lanes < payload_lane) begin
            available = all_lanes - payload_lane + beat_lanes;
        end
        else begin
            tail_lanes = beat_lanes - payload_lane;
        end
        last_taken = available;
        if (remaining_small$q < ((available) & 5'h1f)) begin
            last_taken = ((remaining_small$q) & 4'hf);
        end
        drain_left = remaining_small$q - ((drain_taken$q) & 5'h1f);
        thermometer$address = drain_left;
        if (drain_prepare$q) begin
            drain_prepare$d = 1'b0;
            drain_word_last$d = (drain_left == no_small) | (drain_tail_lanes$q == no_lanes);
            drain_word_short$d = (drain_left != no_small) & (drain_tail_lanes$q == no_lanes);
            drain_tail_keep$d = thermometer$data & ~(ones << drain_tail_lanes$q);
            drain_tail_short$d = drain_left > ((drain_tail_lanes$q) & 5'h1f);
            if (drain_word_pending$q) begin
                drain_tail_pending$d = (drain_left != no_small) & (drain_tail_lanes$q != no_lanes);
            end
            else if (ended_with_length_error) begin
                drain_tail_pending$d = 1'b0;
            end
        end
        slice$in_valid = 1'b0;
        slice$in_data[(64'h0)+:(64)] = word;
        slice$in_data[(64'h40)+:(8)] = middle_keep$q;
        slice$in_data[(64'h48)+:(1)] = 1'b0;
        slice$in_data[(64'h49)+:(1)] = 1'b0;
        if (~drain_prepare$q & drain_word_pending$q) begin
            slice$in_data[(64'h0)+:(64)] = drain_word$q;
            slice$in_data[(64'h40)+:(8)] = ~(ones << drain_taken$q);
            slice$in_data[(64'h48)+:(1)] = drain_word_last$q;
            slice$in_data[(64'h49)+:(1)] = drain_word_short$q;
            if (slice$in_ready) begin
                slice$in_valid = 1'b1;
                drain_word_pending$d = 1'b0;
            end
        end
        else if (~drain_prepare$q & drain_tail_pending$q) begin
            slice$in_data[(64'h0)+:(64)] = drain_tail$q;
            slice$in_data[(64'h40)+:(8)] = drain_tail_keep$q;
            slice$in_data[(64'h48)+:(1)] = 1'b1;
            slice$in_data[(64'h49)+:(1)] = drain_tail_short$q;
            if (slice$in_ready) begin
                slice$in_valid = 1'b1;
                drain_tail_pending$d = 1'b0;
            end
        end
        else if (beat_taken & open$q & flows & ~beat_last) begin
            slice$in_valid = 1'b1;
            if (middle_last$q) begin
                slice$in_data[(64'h48)+:(1)] = 1'b1;
                open$d = 1'b0;
            end
            remaining$d = remaining_after_beat;
            remaining_small$d = remaining_small_after_beat;
            middle_keep$d = ones;
            middle_last$d = 1'b0;
            if (~|remaining$q[(32'h5)+:(11)]) begin
                middle_keep$d = keep_after_beat$data;
                middle_last$d = remaining$q[(32'h0)+:(5)] <= sixteen_small;
            end
        end
        if (headers_end_now) begin
            open$d = ~beat_last;
            ok$d = payload_starts;
            remaining$d = payload_room[(32'h0)+:(16)];
            remaining_small$d = room_small;
            middle_keep$d = ones;
            middle_last$d = 1'b0;
            if (~|payload_room[(32'h5)+:(12)]) begin
                middle_keep$d = keep_of_room$data;
                middle_last$d = payload_room[(32'h0)+:(5)] <= eight_small;
            end
        end
        keep_of_room$address = payload_room[(32'h0)+:(5)];
        keep_after_beat$address = remaining$q[(32'h0)+:(5)];
        if (last_beat_loads) begin
            drain_word$d = word;
            drain_tail$d = tail_word;
            drain_taken$d = last_taken;
            if (headers_end_here) begin
                drain_taken$d = no_lanes;
            end
            drain_tail_lanes$d = tail_lanes;
        end
        if (beat_taken & beat_last) begin
            open$d = 1'b0;
            drain_prepare$d = (open$q & flows) | payload_starts;
            drain_word_pending$d = open$q & flows;
            drain_tail_pending$d = payload_starts;
        end
        slice$out_ready = m_axis_tready;
        m_axis_tdata = slice$out_data[(64'h0)+:(64)];
        m_axis_tkeep = slice$out_data[(64'h40)+:(8)];
        m_axis_tlast = slice$out_data[(64'h48)+:(1)];
        m_axis_tuser = slice$out_data[(64'h49)+:(1)];
        m_axis_tvalid = slice$out_valid;
        if (reset) begin
            open$d = 1'b0;
            drain_word_pending$d = 1'b0;
            drain_tail_pending$d = 1'b0;
            drain_prepare$d = 1'b0;
        end
    end
    
endmodule // nic_core$parser$payload


module nic_core$parser$payload$drain_prepare(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload$drain_prepare


module nic_core$parser$payload$drain_tail(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload$drain_tail


module nic_core$parser$payload$drain_tail_keep(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload$drain_tail_keep


module nic_core$parser$payload$drain_tail_lanes(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload$drain_tail_lanes


module nic_core$parser$payload$drain_tail_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload$drain_tail_pending


module nic_core$parser$payload$drain_tail_short(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload$drain_tail_short


module nic_core$parser$payload$drain_taken(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload$drain_taken


module nic_core$parser$payload$drain_word(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload$drain_word


module nic_core$parser$payload$drain_word_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload$drain_word_last


module nic_core$parser$payload$drain_word_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload$drain_word_pending


module nic_core$parser$payload$drain_word_short(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload$drain_word_short


module nic_core$parser$payload$keep_after_beat(address,data);
    
    // Module arguments
    input wire  [4:0] address;
    output reg  [7:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        5'b0: data = 8'h0;
      5'b1: data = 8'h0;
      5'b10: data = 8'h0;
      5'b11: data = 8'h0;
      5'b100: data = 8'h0;
      5'b101: data = 8'h0;
      5'b110: data = 8'h0;
      5'b111: data = 8'h0;
      5'b1000: data = 8'h0;
      5'b1001: data = 8'h1;
      5'b1010: data = 8'h3;
      5'b1011: data = 8'h7;
      5'b1100: data = 8'hf;
      5'b1101: data = 8'h1f;
      5'b1110: data = 8'h3f;
      5'b1111: data = 8'h7f;
      5'b10000: data = 8'hff;
      5'b10001: data = 8'hff;
      5'b10010: data = 8'hff;
      5'b10011: data = 8'hff;
      5'b10100: data = 8'hff;
      5'b10101: data = 8'hff;
      5'b10110: data = 8'hff;
      5'b10111: data = 8'hff;
      5'b11000: data = 8'hff;
      5'b11001: data = 8'hff;
      5'b11010: data = 8'hff;
      5'b11011: data = 8'hff;
      5'b11100: data = 8'hff;
      5'b11101: data = 8'hff;
      5'b11110: data = 8'hff;
      5'b11111: data = 8'hff;
      default: data = 8'h0;
    endcase
            
endmodule // nic_core$parser$payload$keep_after_beat


module nic_core$parser$payload$keep_of_room(address,data);
    
    // Module arguments
    input wire  [4:0] address;
    output reg  [7:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        5'b0: data = 8'h0;
      5'b1: data = 8'h1;
      5'b10: data = 8'h3;
      5'b11: data = 8'h7;
      5'b100: data = 8'hf;
      5'b101: data = 8'h1f;
      5'b110: data = 8'h3f;
      5'b111: data = 8'h7f;
      5'b1000: data = 8'hff;
      5'b1001: data = 8'hff;
      5'b1010: data = 8'hff;
      5'b1011: data = 8'hff;
      5'b1100: data = 8'hff;
      5'b1101: data = 8'hff;
      5'b1110: data = 8'hff;
      5'b1111: data = 8'hff;
      5'b10000: data = 8'hff;
      5'b10001: data = 8'hff;
      5'b10010: data = 8'hff;
      5'b10011: data = 8'hff;
      5'b10100: data = 8'hff;
      5'b10101: data = 8'hff;
      5'b10110: data = 8'hff;
      5'b10111: data = 8'hff;
      5'b11000: data = 8'hff;
      5'b11001: data = 8'hff;
      5'b11010: data = 8'hff;
      5'b11011: data = 8'hff;
      5'b11100: data = 8'hff;
      5'b11101: data = 8'hff;
      5'b11110: data = 8'hff;
      5'b11111: data = 8'hff;
      default: data = 8'h0;
    endcase
            
endmodule // nic_core$parser$payload$keep_of_room


module nic_core$parser$payload$middle_keep(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload$middle_keep


module nic_core$parser$payload$middle_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload$middle_last


module nic_core$parser$payload$ok(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload$ok


module nic_core$parser$payload$open(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload$open


module nic_core$parser$payload$previous(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload$previous


module nic_core$parser$payload$remaining(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload$remaining


module nic_core$parser$payload$remaining_small(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload$remaining_small


module nic_core$parser$payload$slice(clock,reset,in_data,in_valid,in_ready,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [73:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  [73:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    
    // Stub signals
    reg  [73:0] main_data$d;
    wire  [73:0] main_data$q;
    reg  main_data$clock;
    reg  main_valid$d;
    wire  main_valid$q;
    reg  main_valid$clock;
    reg  [73:0] skid_data$d;
    wire  [73:0] skid_data$q;
    reg  skid_data$clock;
    reg  skid_valid$d;
    wire  skid_valid$q;
    reg  skid_valid$clock;
    
    // Sub module instances
    nic_core$parser$payload$slice$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    nic_core$parser$payload$slice$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    nic_core$parser$payload$slice$skid_data skid_data(
        .d(skid_data$d),
        .q(skid_data$q),
        .clock(skid_data$clock)
    );
    nic_core$parser$payload$slice$skid_valid skid_valid(
        .d(skid_valid$d),
        .q(skid_valid$q),
        .clock(skid_valid$clock)
    );
    
    // Update code
    always @(*) begin
        main_data$clock = clock;
        main_valid$clock = clock;
        skid_data$clock = clock;
        skid_valid$clock = clock;
        main_data$d = main_data$q;
        main_valid$d = main_valid$q;
        skid_data$d = skid_data$q;
        skid_valid$d = skid_valid$q;
        in_ready = ~skid_valid$q;
        out_data = main_data$q;
        out_valid = main_valid$q;
        if (out_ready | ~main_valid$q) begin
            if (skid_valid$q) begin
                main_data$d = skid_data$q;
                main_valid$d = 1'b1;
                skid_valid$d = 1'b0;
            end
            else begin
                main_data$d = in_data;
                main_valid$d = in_valid;
            end
        end
        else if (~skid_valid$q) begin
            skid_data$d = in_data;
            skid_valid$d = in_valid;
        end
        if (reset) begin
            main_valid$d = 1'b0;
            skid_valid$d = 1'b0;
        end
    end
    
endmodule // nic_core$parser$payload$slice


module nic_core$parser$payload$slice$main_data(d,q,clock);
    
    // Module arguments
    input wire  [73:0] d;
    output reg  [73:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 74'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload$slice$main_data


module nic_core$parser$payload$slice$main_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload$slice$main_valid


module nic_core$parser$payload$slice$skid_data(d,q,clock);
    
    // Module arguments
    input wire  [73:0] d;
    output reg  [73:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 74'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload$slice$skid_data


module nic_core$parser$payload$slice$skid_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload$slice$skid_valid


module nic_core$parser$payload$thermometer(address,data);
    
    // Module arguments
    input wire  [4:0] address;
    output reg  [7:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        5'b0: data = 8'h0;
      5'b1: data = 8'h1;
      5'b10: data = 8'h3;
      5'b11: data = 8'h7;
      5'b100: data = 8'hf;
      5'b101: data = 8'h1f;
      5'b110: data = 8'h3f;
      5'b111: data = 8'h7f;
      5'b1000: data = 8'hff;
      5'b1001: data = 8'hff;
      5'b1010: data = 8'hff;
      5'b1011: data = 8'hff;
      5'b1100: data = 8'hff;
      5'b1101: data = 8'hff;
      5'b1110: data = 8'hff;
      5'b1111: data = 8'hff;
      5'b10000: data = 8'hff;
      5'b10001: data = 8'hff;
      5'b10010: data = 8'hff;
      5'b10011: data = 8'hff;
      5'b10100: data = 8'hff;
      5'b10101: data = 8'hff;
      5'b10110: data = 8'hff;
      5'b10111: data = 8'hff;
      5'b11000: data = 8'hff;
      5'b11001: data = 8'hff;
      5'b11010: data = 8'hff;
      5'b11011: data = 8'hff;
      5'b11100: data = 8'hff;
      5'b11101: data = 8'hff;
      5'b11110: data = 8'hff;
      5'b11111: data = 8'hff;
      default: data = 8'h0;
    endcase
            
endmodule // nic_core$parser$payload$thermometer


module nic_core$parser$payload_at_lane_two(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload_at_lane_two


module nic_core$parser$payload_lane(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload_lane


module nic_core$parser$payload_room(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$payload_room


module nic_core$parser$phase(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$phase


module nic_core$parser$rule(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$rule


module nic_core$parser$udp_length_ok(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$udp_length_ok


module nic_core$parser$verdict(clock,reset,frame_end,frame_flags,checksum_bad,icrc_valid,icrc_ok,valid,ready,cause,busy,ended_with_length_error,stat_index,stat_value);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  frame_end;
    input wire  [17:0] frame_flags;
    input wire  checksum_bad;
    input wire  icrc_valid;
    input wire  icrc_ok;
    output reg  valid;
    input wire  ready;
    output reg  [4:0] cause;
    output reg  busy;
    output reg  ended_with_length_error;
    input wire  [4:0] stat_index;
    output reg  [31:0] stat_value;
    
    // Constant declarations
    localparam  cause_accepted = 5'b0;
    localparam  cause_mac_error = 5'b1;
    localparam  cause_vlan_tagged = 5'b10;
    localparam  cause_ipv6 = 5'b11;
    localparam  cause_ether_type = 5'b100;
    localparam  cause_ip_header = 5'b101;
    localparam  cause_ip_options = 5'b110;
    localparam  cause_ip_fragment = 5'b111;
    localparam  cause_not_udp = 5'b1000;
    localparam  cause_ip_checksum = 5'b1001;
    localparam  cause_udp_port = 5'b1010;
    localparam  cause_bth_version = 5'b1011;
    localparam  cause_opcode = 5'b1100;
    localparam  cause_pkey = 5'b1101;
    localparam  cause_truncated = 5'b1110;
    localparam  cause_length = 5'b1111;
    localparam  cause_too_long = 5'b10000;
    localparam  cause_payload_length = 5'b10001;
    localparam  cause_icrc = 5'b10010;
    
    // Stub signals
    reg  counters$clock;
    reg  counters$reset;
    reg  counters$count;
    reg  [4:0] counters$count_index;
    reg  [4:0] counters$read_index;
    wire  [31:0] counters$read_value;
    wire  counters$ready;
    reg  [17:0] end_flags$0$d;
    wire  [17:0] end_flags$0$q;
    reg  end_flags$0$clock;
    reg  [17:0] end_flags$1$d;
    wire  [17:0] end_flags$1$q;
    reg  end_flags$1$clock;
    reg  [17:0] end_flags$2$d;
    wire  [17:0] end_flags$2$q;
    reg  end_flags$2$clock;
    reg  [17:0] end_flags$3$d;
    wire  [17:0] end_flags$3$q;
    reg  end_flags$3$clock;
    reg  [17:0] end_flags$4$d;
    wire  [17:0] end_flags$4$q;
    reg  end_flags$4$clock;
    reg  end_valid$0$d;
    wire  end_valid$0$q;
    reg  end_valid$0$clock;
    reg  end_valid$1$d;
    wire  end_valid$1$q;
    reg  end_valid$1$clock;
    reg  end_valid$2$d;
    wire  end_valid$2$q;
    reg  end_valid$2$clock;
    reg  end_valid$3$d;
    wire  end_valid$3$q;
    reg  end_valid$3$clock;
    reg  end_valid$4$d;
    wire  end_valid$4$q;
    reg  end_valid$4$clock;
    reg  [4:0] verdict$d;
    wire  [4:0] verdict$q;
    reg  verdict$clock;
    reg  verdict_pending$d;
    wire  verdict_pending$q;
    reg  verdict_pending$clock;
    reg  verdict_counted$d;
    wire  verdict_counted$q;
    reg  verdict_counted$clock;
    
    // Local signals
    reg  [4:0] first_failure;
    reg  [17:0] final_flags;
    
    // Sub module instances
    nic_core$parser$verdict$counters counters(
        .clock(counters$clock),
        .reset(counters$reset),
        .count(counters$count),
        .count_index(counters$count_index),
        .read_index(counters$read_index),
        .read_value(counters$read_value),
        .ready(counters$ready)
    );
    nic_core$parser$verdict$end_flags$0 end_flags$0(
        .d(end_flags$0$d),
        .q(end_flags$0$q),
        .clock(end_flags$0$clock)
    );
    nic_core$parser$verdict$end_flags$1 end_flags$1(
        .d(end_flags$1$d),
        .q(end_flags$1$q),
        .clock(end_flags$1$clock)
    );
    nic_core$parser$verdict$end_flags$2 end_flags$2(
        .d(end_flags$2$d),
        .q(end_flags$2$q),
        .clock(end_flags$2$clock)
    );
    nic_core$parser$verdict$end_flags$3 end_flags$3(
        .d(end_flags$3$d),
        .q(end_flags$3$q),
        .clock(end_flags$3$clock)
    );
    nic_core$parser$verdict$end_flags$4 end_flags$4(
        .d(end_flags$4$d),
        .q(end_flags$4$q),
        .clock(end_flags$4$clock)
    );
    nic_core$parser$verdict$end_valid$0 end_valid$0(
        .d(end_valid$0$d),
        .q(end_valid$0$q),
        .clock(end_valid$0$clock)
    );
    nic_core$parser$verdict$end_valid$1 end_valid$1(
        .d(end_valid$1$d),
        .q(end_valid$1$q),
        .clock(end_valid$1$clock)
    );
    nic_core$parser$verdict$end_valid$2 end_valid$2(
        .d(end_valid$2$d),
        .q(end_valid$2$q),
        .clock(end_valid$2$clock)
    );
    nic_core$parser$verdict$end_valid$3 end_valid$3(
        .d(end_valid$3$d),
        .q(end_valid$3$q),
        .clock(end_valid$3$clock)
    );
    nic_core$parser$verdict$end_valid$4 end_valid$4(
        .d(end_valid$4$d),
        .q(end_valid$4$q),
        .clock(end_valid$4$clock)
    );
    nic_core$parser$verdict$verdict verdict(
        .d(verdict$d),
        .q(verdict$q),
        .clock(verdict$clock)
    );
    nic_core$parser$verdict$verdict_pending verdict_pending(
        .d(verdict_pending$d),
        .q(verdict_pending$q),
        .clock(verdict_pending$clock)
    );
    nic_core$parser$verdict$verdict_counted verdict_counted(
        .d(verdict_counted$d),
        .q(verdict_counted$q),
        .clock(verdict_counted$clock)
    );
    
    // Update code
    always @(*) begin
        verdict$clock = clock;
        verdict_pending$clock = clock;
        verdict_counted$clock = clock;
        verdict$d = verdict$q;
        verdict_pending$d = verdict_pending$q;
        verdict_counted$d = verdict_counted$q;
        end_flags$0$clock = clock;
        end_valid$0$clock = clock;
        end_flags$1$clock = clock;
        end_valid$1$clock = clock;
        end_flags$2$clock = clock;
        end_valid$2$clock = clock;
        end_flags$3$clock = clock;
        end_valid$3$clock = clock;
        end_flags$4$clock = clock;
        end_valid$4$clock = clock;
        counters$clock = clock;
        counters$reset = reset;
        end_valid$0$d = frame_end;
        end_flags$0$d = frame_flags;
        end_valid$1$d = end_valid$0$q;
        end_flags$1$d = end_flags$0$q;
        end_valid$2$d = end_valid$1$q;
        end_flags$2$d = end_flags$1$q;
        end_valid$3$d = end_valid$2$q;
        end_flags$3$d = end_flags$2$q;
        end_valid$4$d = end_valid$3$q;
        end_flags$4$d = end_flags$3$q;
        ended_with_length_error = end_flags$0$q[(64'he)+:(1)] | end_flags$0$q[(64'hf)+:(1)] | end_flags$0$q[(64'h10)+:(1)];
        busy = end_valid$0$q | end_valid$1$q | end_valid$2$q | end_valid$3$q | end_valid$4$q | (verdict_pending$q & ~ready) | ~counters$ready;
        final_flags = end_flags$4$q;
        if (final_flags[(64'h0)+:(1)]) begin
            first_failure = cause_mac_error;
        end
        else if (final_flags[(64'h1)+:(1)]) begin
            first_failure = cause_vlan_tagged;
        end
        else if (final_flags[(64'h2)+:(1)]) begin
            first_failure = cause_ipv6;
        end
        else if (final_flags[(64'h3)+:(1)]) begin
            first_failure = cause_ether_type;
        end
        else if (final_flags[(64'h4)+:(1)]) begin
            first_failure = cause_ip_header;
        end
        else if (final_flags[(64'h5)+:(1)]) begin
            first_failure = cause_ip_options;
        end
        else if (final_flags[(64'h6)+:(1)]) begin
            first_failure = cause_ip_fragment;
        end
        else if (final_flags[(64'h7)+:(1)]) begin
            first_failure = cause_not_udp;
        end
        else if (final_flags[(64'h8)+:(1)] & checksum_bad) begin
            first_failure = cause_ip_checksum;
        end
        else if (final_flags[(64'h9)+:(1)]) begin
            first_failure = cause_udp_port;
        end
        else if (final_flags[(64'ha)+:(1)]) begin
            first_failure = cause_bth_version;
        end
        else if (final_flags[(64'hb)+:(1)]) begin
            first_failure = cause_opcode;
        end
        else if (final_flags[(64'hc)+:(1)]) begin
            first_failure = cause_pkey;
        end
        else if (final_flags[(64'hd)+:(1)]) begin
            first_failure = cause_truncated;
        end
        else if (final_flags[(64'he)+:(1)]) begin
            first_failure = cause_length;
        end
        else if (final_flags[(64'hf)+:(1)]) begin
            first_failure = cause_too_long;
        end
        else if (final_flags[(64'h10)+:(1)]) begin
            first_failure = cause_payload_length;
        end
        else if (final_flags[(64'h11)+:(1)]) begin
            first_failure = cause_length;
        end
        else if (~(icrc_valid & icrc_ok)) begin
            first_failure = cause_icrc;
        end
        else begin
            first_failure = cause_accepted;
        end
        if (verdict_pending$q & ready) begin
            verdict_pending$d = 1'b0;
        end
        if (end_valid$4$q) begin
            verdict$d = first_failure;
            verdict_pending$d = 1'b1;
        end
        valid = verdict_pending$q;
        cause = verdict$q;
        verdict_counted$d = end_valid$4$q;
        counters$count = verdict_counted$q;
        counters$count_index = verdict$q;
        counters$read_index = stat_index;
        stat_value = counters$read_value;
        if (reset) begin
            verdict_pending$d = 1'b0;
            verdict_counted$d = 1'b0;
            end_valid$0$d = 1'b0;
            end_valid$1$d = 1'b0;
            end_valid$2$d = 1'b0;
            end_valid$3$d = 1'b0;
            end_valid$4$d = 1'b0;
        end
    end
    
endmodule // nic_core$parser$verdict


module nic_core$parser$verdict$counters(clock,reset,count,count_index,read_index,read_value,ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  count;
    input wire  [4:0] count_index;
    input wire  [4:0] read_index;
    output reg  [31:0] read_value;
    output reg  ready;
    
    // Constant declarations
    localparam  zero_index = 5'b0;
    localparam  zero = 32'h0;
    localparam  one = 32'h1;
    localparam  last_index = 5'b11111;
    localparam  one_index = 5'b1;
    
    // Stub signals
    reg  [4:0] tally$read_address;
    reg  tally$read_clock;
    wire  [31:0] tally$read_data;
    reg  [4:0] tally$write_address;
    reg  tally$write_clock;
    reg  [31:0] tally$write_data;
    reg  tally$write_enable;
    reg  [4:0] shadow$read_address;
    reg  shadow$read_clock;
    wire  [31:0] shadow$read_data;
    reg  [4:0] shadow$write_address;
    reg  shadow$write_clock;
    reg  [31:0] shadow$write_data;
    reg  shadow$write_enable;
    reg  pending$d;
    wire  pending$q;
    reg  pending$clock;
    reg  [4:0] pending_index$d;
    wire  [4:0] pending_index$q;
    reg  pending_index$clock;
    reg  held$d;
    wire  held$q;
    reg  held$clock;
    reg  [4:0] held_index$d;
    wire  [4:0] held_index$q;
    reg  held_index$clock;
    reg  [31:0] held_value$d;
    wire  [31:0] held_value$q;
    reg  held_value$clock;
    reg  clearing$d;
    wire  clearing$q;
    reg  clearing$clock;
    reg  [4:0] clear_index$d;
    wire  [4:0] clear_index$q;
    reg  clear_index$clock;
    
    // Local signals
    reg  write_enable;
    reg  [4:0] write_address;
    reg  [31:0] write_data;
    
    // Sub module instances
    nic_core$parser$verdict$counters$tally tally(
        .read_address(tally$read_address),
        .read_clock(tally$read_clock),
        .read_data(tally$read_data),
        .write_address(tally$write_address),
        .write_clock(tally$write_clock),
        .write_data(tally$write_data),
        .write_enable(tally$write_enable)
    );
    nic_core$parser$verdict$counters$shadow shadow(
        .read_address(shadow$read_address),
        .read_clock(shadow$read_clock),
        .read_data(shadow$read_data),
        .write_address(shadow$write_address),
        .write_clock(shadow$write_clock),
        .write_data(shadow$write_data),
        .write_enable(shadow$write_enable)
    );
    nic_core$parser$verdict$counters$pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    nic_core$parser$verdict$counters$pending_index pending_index(
        .d(pending_index$d),
        .q(pending_index$q),
        .clock(pending_index$clock)
    );
    nic_core$parser$verdict$counters$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    nic_core$parser$verdict$counters$held_index held_index(
        .d(held_index$d),
        .q(held_index$q),
        .clock(held_index$clock)
    );
    nic_core$parser$verdict$counters$held_value held_value(
        .d(held_value$d),
        .q(held_value$q),
        .clock(held_value$clock)
    );
    nic_core$parser$verdict$counters$clearing clearing(
        .d(clearing$d),
        .q(clearing$q),
        .clock(clearing$clock)
    );
    nic_core$parser$verdict$counters$clear_index clear_index(
        .d(clear_index$d),
        .q(clear_index$q),
        .clock(clear_index$clock)
    );
    
    // Update code
    always @(*) begin
        pending$clock = clock;
        pending_index$clock = clock;
        held$clock = clock;
        held_index$clock = clock;
        held_value$clock = clock;
        clearing$clock = clock;
        clear_index$clock = clock;
        pending$d = pending$q;
        pending_index$d = pending_index$q;
        held$d = held$q;
        held_index$d = held_index$q;
        held_value$d = held_value$q;
        clearing$d = clearing$q;
        clear_index$d = clear_index$q;
        tally$read_clock = clock;
        tally$write_clock = clock;
        shadow$read_clock = clock;
        shadow$write_clock = clock;
        tally$read_address = count_index;
        shadow$read_address = read_index;
        read_value = shadow$read_data;
        pending$d = count & ~clearing$q;
        pending_index$d = count_index;
        held$d = pending$q;
        held_index$d = pending_index$q;
        held_value$d = tally$read_data;
        write_enable = held$q;
        write_address = held_index$q;
        write_data = held_value$q + one;
        if (clearing$q) begin
            write_enable = 1'b1;
            write_address = clear_index$q;
            write_data = zero;
            clear_index$d = clear_index$q + one_index;
            if (clear_index$q == last_index) begin
                clearing$d = 1'b0;
            end
        end
        tally$write_enable = write_enable;
        tally$write_address = write_address;
        tally$write_data = write_data;
        shadow$write_enable = write_enable;
        shadow$write_address = write_address;
        shadow$write_data = write_data;
        ready = ~clearing$q;
        if (reset) begin
            pending$d = 1'b0;
            held$d = 1'b0;
            clearing$d = 1'b1;
            clear_index$d = zero_index;
        end
    end
    
endmodule // nic_core$parser$verdict$counters


module nic_core$parser$verdict$counters$clear_index(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$verdict$counters$clear_index


module nic_core$parser$verdict$counters$clearing(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$verdict$counters$clearing


module nic_core$parser$verdict$counters$held(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$verdict$counters$held


module nic_core$parser$verdict$counters$held_index(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$verdict$counters$held_index


module nic_core$parser$verdict$counters$held_value(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$verdict$counters$held_value


module nic_core$parser$verdict$counters$pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$verdict$counters$pending


module nic_core$parser$verdict$counters$pending_index(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$verdict$counters$pending_index


module nic_core$parser$verdict$counters$shadow(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    initial begin
    mem[5'b0] = 32'h0;
    mem[5'b1] = 32'h0;
    mem[5'b10] = 32'h0;
    mem[5'b11] = 32'h0;
    mem[5'b100] = 32'h0;
    mem[5'b101] = 32'h0;
    mem[5'b110] = 32'h0;
    mem[5'b111] = 32'h0;
    mem[5'b1000] = 32'h0;
    mem[5'b1001] = 32'h0;
    mem[5'b1010] = 32'h0;
    mem[5'b1011] = 32'h0;
    mem[5'b1100] = 32'h0;
    mem[5'b1101] = 32'h0;
    mem[5'b1110] = 32'h0;
    mem[5'b1111] = 32'h0;
    mem[5'b10000] = 32'h0;
    mem[5'b10001] = 32'h0;
    mem[5'b10010] = 32'h0;
    mem[5'b10011] = 32'h0;
    mem[5'b10100] = 32'h0;
    mem[5'b10101] = 32'h0;
    mem[5'b10110] = 32'h0;
    mem[5'b10111] = 32'h0;
    mem[5'b11000] = 32'h0;
    mem[5'b11001] = 32'h0;
    mem[5'b11010] = 32'h0;
    mem[5'b11011] = 32'h0;
    mem[5'b11100] = 32'h0;
    mem[5'b11101] = 32'h0;
    mem[5'b11110] = 32'h0;
    mem[5'b11111] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$parser$verdict$counters$shadow


module nic_core$parser$verdict$counters$tally(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    initial begin
    mem[5'b0] = 32'h0;
    mem[5'b1] = 32'h0;
    mem[5'b10] = 32'h0;
    mem[5'b11] = 32'h0;
    mem[5'b100] = 32'h0;
    mem[5'b101] = 32'h0;
    mem[5'b110] = 32'h0;
    mem[5'b111] = 32'h0;
    mem[5'b1000] = 32'h0;
    mem[5'b1001] = 32'h0;
    mem[5'b1010] = 32'h0;
    mem[5'b1011] = 32'h0;
    mem[5'b1100] = 32'h0;
    mem[5'b1101] = 32'h0;
    mem[5'b1110] = 32'h0;
    mem[5'b1111] = 32'h0;
    mem[5'b10000] = 32'h0;
    mem[5'b10001] = 32'h0;
    mem[5'b10010] = 32'h0;
    mem[5'b10011] = 32'h0;
    mem[5'b10100] = 32'h0;
    mem[5'b10101] = 32'h0;
    mem[5'b10110] = 32'h0;
    mem[5'b10111] = 32'h0;
    mem[5'b11000] = 32'h0;
    mem[5'b11001] = 32'h0;
    mem[5'b11010] = 32'h0;
    mem[5'b11011] = 32'h0;
    mem[5'b11100] = 32'h0;
    mem[5'b11101] = 32'h0;
    mem[5'b11110] = 32'h0;
    mem[5'b11111] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$parser$verdict$counters$tally


module nic_core$parser$verdict$end_flags$0(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$verdict$end_flags$0


module nic_core$parser$verdict$end_flags$1(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$verdict$end_flags$1


module nic_core$parser$verdict$end_flags$2(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$verdict$end_flags$2


module nic_core$parser$verdict$end_flags$3(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$verdict$end_flags$3


module nic_core$parser$verdict$end_flags$4(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$verdict$end_flags$4


module nic_core$parser$verdict$end_valid$0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$verdict$end_valid$0


module nic_core$parser$verdict$end_valid$1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$verdict$end_valid$1


module nic_core$parser$verdict$end_valid$2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$verdict$end_valid$2


module nic_core$parser$verdict$end_valid$3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$verdict$end_valid$3


module nic_core$parser$verdict$end_valid$4(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$verdict$end_valid$4


module nic_core$parser$verdict$verdict(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$verdict$verdict


module nic_core$parser$verdict$verdict_counted(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$verdict$verdict_counted


module nic_core$parser$verdict$verdict_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$parser$verdict$verdict_pending


module nic_core$requester(clock,reset,timer_prescale,cfg_valid,cfg_ready,cfg_qp,cfg_enable,cfg_first_psn,cfg_mtu_shift,cfg_timeout,cfg_retry_limit,wr_valid,wr_ready,wr_qp,wr_kind,wr_length,wr_va,wr_rkey,wr_tag,s_axis_wr_tdata,s_axis_wr_tlast,s_axis_wr_tvalid,s_axis_wr_tready,tx_valid,tx_ready,tx_qp,tx_opcode,tx_psn,tx_ack_req,tx_reth_va,tx_reth_rkey,tx_reth_length,tx_ieth_rkey,tx_payload_length,m_axis_tx_tdata,m_axis_tx_tlast,m_axis_tx_tvalid,m_axis_tx_tready,resp_valid,resp_ready,resp_qp,resp_syndrome,resp_psn,resp_opcode,resp_payload_length,s_axis_resp_tdata,s_axis_resp_tlast,s_axis_resp_tvalid,s_axis_resp_tready,m_axis_read_tdata,m_axis_read_tlast,m_axis_read_tvalid,m_axis_read_tready,read_qp,read_tag,read_length,read_last,cpl_valid,cpl_ready,cpl_qp,cpl_tag,cpl_status,qp_error,counter_read_index,counter_read_value,counters_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [15:0] timer_prescale;
    input wire  cfg_valid;
    output reg  cfg_ready;
    input wire  [3:0] cfg_qp;
    input wire  cfg_enable;
    input wire  [23:0] cfg_first_psn;
    input wire  [2:0] cfg_mtu_shift;
    input wire  [15:0] cfg_timeout;
    input wire  [3:0] cfg_retry_limit;
    input wire  wr_valid;
    output reg  wr_ready;
    input wire  [3:0] wr_qp;
    input wire  [1:0] wr_kind;
    input wire  [15:0] wr_length;
    input wire  [63:0] wr_va;
    input wire  [31:0] wr_rkey;
    input wire  [7:0] wr_tag;
    input wire  [63:0] s_axis_wr_tdata;
    input wire  s_axis_wr_tlast;
    input wire  s_axis_wr_tvalid;
    output reg  s_axis_wr_tready;
    output reg  tx_valid;
    input wire  tx_ready;
    output reg  [3:0] tx_qp;
    output reg  [7:0] tx_opcode;
    output reg  [23:0] tx_psn;
    output reg  tx_ack_req;
    output reg  [63:0] tx_reth_va;
    output reg  [31:0] tx_reth_rkey;
    output reg  [31:0] tx_reth_length;
    output reg  [31:0] tx_ieth_rkey;
    output reg  [12:0] tx_payload_length;
    output reg  [63:0] m_axis_tx_tdata;
    output reg  m_axis_tx_tlast;
    output reg  m_axis_tx_tvalid;
    input wire  m_axis_tx_tready;
    input wire  resp_valid;
    output reg  resp_ready;
    input wire  [3:0] resp_qp;
    input wire  [7:0] resp_syndrome;
    input wire  [23:0] resp_psn;
    input wire  [7:0] resp_opcode;
    input wire  [12:0] resp_payload_length;
    input wire  [63:0] s_axis_resp_tdata;
    input wire  s_axis_resp_tlast;
    input wire  s_axis_resp_tvalid;
    output reg  s_axis_resp_tready;
    output reg  [63:0] m_axis_read_tdata;
    output reg  m_axis_read_tlast;
    output reg  m_axis_read_tvalid;
    input wire  m_axis_read_tready;
    output reg  [3:0] read_qp;
    output reg  [7:0] read_tag;
    output reg  [12:0] read_length;
    output reg  read_last;
    output reg  cpl_valid;
    input wire  cpl_ready;
    output reg  [3:0] cpl_qp;
    output reg  [7:0] cpl_tag;
    output reg  [2:0] cpl_status;
    output reg  [15:0] qp_error;
    input wire  [4:0] counter_read_index;
    output reg  [31:0] counter_read_value;
    output reg  counters_ready;
    
    // Constant declarations
    localparam  slot_shift = 8'h3;
    localparam  slot_mask = 8'h7;
    localparam  empty_context = 199'h0;
    localparam  one_tick = 16'h1;
    localparam  no_ticks = 16'h0;
    localparam  first_qp = 4'h0;
    localparam  one_qp = 4'h1;
    localparam  last_qp = 4'hf;
    localparam  qp_0_bit = 16'h1;
    localparam  no_qps = 16'h0;
    localparam  event_completed = 5'b1001;
    
    // Enums
    localparam RequesterStep$Clear = 0;
    localparam RequesterStep$Idle = 1;
    localparam RequesterStep$LoadContext = 2;
    localparam RequesterStep$LoadMessage = 3;
    localparam RequesterStep$Publish = 4;
    localparam RequesterStep$Admit = 5;
    localparam RequesterStep$SendCompute = 6;
    localparam RequesterStep$SendCommit = 7;
    localparam RequesterStep$Respond = 8;
    localparam RequesterStep$ReadCheck = 9;
    localparam RequesterStep$RetireFetch = 10;
    localparam RequesterStep$RetireCheck = 11;
    localparam RequesterStep$RetireWait = 12;
    localparam RequesterStep$Apply = 13;
    localparam RequesterStep$Timer = 14;
    localparam RequesterStep$Commit = 15;
    localparam RequesterTask$Publish = 0;
    localparam RequesterTask$Respond = 1;
    localparam RequesterTask$Admit = 2;
    localparam RequesterTask$Send = 3;
    localparam RequesterTask$Timer = 4;
    
    // Stub signals
    reg  [3:0] contexts$read_address;
    reg  contexts$read_clock;
    wire  [198:0] contexts$read_data;
    reg  [3:0] contexts$write_address;
    reg  contexts$write_clock;
    reg  [198:0] contexts$write_data;
    reg  contexts$write_enable;
    reg  [6:0] messages$read_address;
    reg  messages$read_clock;
    wire  [185:0] messages$read_data;
    reg  [6:0] messages$write_address;
    reg  messages$write_clock;
    reg  [185:0] messages$write_data;
    reg  messages$write_enable;
    reg  [15:0] ring$read_address;
    reg  ring$read_clock;
    wire  [63:0] ring$read_data;
    reg  [15:0] ring$write_address;
    reg  ring$write_clock;
    reg  [63:0] ring$write_data;
    reg  ring$write_enable;
    reg  counters$clock;
    reg  counters$reset;
    reg  counters$count;
    reg  [4:0] counters$count_index;
    reg  [4:0] counters$read_index;
    wire  [31:0] counters$read_value;
    wire  counters$ready;
    reg  copier$clock;
    reg  copier$reset;
    reg  copier$start;
    reg  copier$start_empty;
    reg  [3:0] copier$start_qp;
    reg  [15:0] copier$start_word;
    reg  [15:0] copier$start_words;
    reg  [23:0] copier$start_packets;
    reg  [7:0] copier$start_tag;
    reg  copier$discard;
    reg  copier$published;
    reg  [63:0] copier$s_axis_wr_tdata;
    reg  copier$s_axis_wr_tlast;
    reg  copier$s_axis_wr_tvalid;
    wire  copier$s_axis_wr_tready;
    wire  copier$ring_write_enable;
    wire  [15:0] copier$ring_write_address;
    wire  [63:0] copier$ring_write_data;
    wire  copier$busy;
    wire  copier$done;
    wire  copier$failed;
    wire  [3:0] copier$qp;
    wire  [7:0] copier$tag;
    wire  [15:0] copier$words;
    wire  [23:0] copier$packets;
    reg  mover$clock;
    reg  mover$reset;
    reg  mover$load;
    reg  [213:0] mover$load_fields;
    reg  [3:0] mover$load_qp;
    reg  [15:0] mover$load_word;
    reg  [9:0] mover$load_words;
    wire  mover$idle;
    wire  [15:0] mover$ring_read_address;
    reg  [63:0] mover$ring_read_data;
    wire  mover$tx_valid;
    reg  mover$tx_ready;
    wire  [3:0] mover$tx_qp;
    wire  [7:0] mover$tx_opcode;
    wire  [23:0] mover$tx_psn;
    wire  mover$tx_ack_req;
    wire  [63:0] mover$tx_reth_va;
    wire  [31:0] mover$tx_reth_rkey;
    wire  [31:0] mover$tx_reth_length;
    wire  [31:0] mover$tx_ieth_rkey;
    wire  [12:0] mover$tx_payload_length;
    wire  [63:0] mover$m_axis_tx_tdata;
    wire  mover$m_axis_tx_tlast;
    wire  mover$m_axis_tx_tvalid;
    reg  mover$m_axis_tx_tready;
    reg  read_pass$clock;
    reg  read_pass$reset;
    reg  read_pass$load;
    reg  read_pass$load_busy;
    reg  read_pass$load_deliver;
    reg  read_pass$load_message_end;
    reg  [3:0] read_pass$load_qp;
    reg  [7:0] read_pass$load_tag;
    reg  [12:0] read_pass$load_length;
    wire  read_pass$busy;
    reg  [63:0] read_pass$s_axis_resp_tdata;
    reg  read_pass$s_axis_resp_tlast;
    reg  read_pass$s_axis_resp_tvalid;
    wire  read_pass$s_axis_resp_tready;
    wire  [63:0] read_pass$m_axis_read_tdata;
    wire  read_pass$m_axis_read_tlast;
    wire  read_pass$m_axis_read_tvalid;
    reg  read_pass$m_axis_read_tready;
    wire  [3:0] read_pass$read_qp;
    wire  [7:0] read_pass$read_tag;
    wire  [12:0] read_pass$read_length;
    wire  read_pass$read_last;
    reg  completions$clock;
    reg  completions$reset;
    wire  completions$free;
    reg  completions$load;
    reg  [3:0] completions$load_qp;
    reg  [7:0] completions$load_tag;
    reg  [2:0] completions$load_status;
    wire  completions$cpl_valid;
    reg  completions$cpl_ready;
    wire  [3:0] completions$cpl_qp;
    wire  [7:0] completions$cpl_tag;
    wire  [2:0] completions$cpl_status;
    reg  sender$clock;
    reg  [3:0] sender$step;
    wire  sender$active;
    reg  [3:0] sender$qp;
    reg  [198:0] sender$qp_context;
    reg  [185:0] sender$send_message;
    reg  [15:0] sender$now;
    reg  [15:0] sender$wr_length;
    reg  [1:0] sender$wr_kind;
    reg  [63:0] sender$wr_va;
    reg  [31:0] sender$wr_rkey;
    reg  [7:0] sender$wr_tag;
    reg  sender$copy_failed;
    reg  [7:0] sender$copy_tag;
    reg  [15:0] sender$copy_words;
    reg  [23:0] sender$copy_packets;
    reg  sender$completion_free;
    reg  sender$count_event;
    reg  [4:0] sender$count_which;
    wire  [198:0] sender$qp_context_next;
    wire  [3:0] sender$step_next;
    wire  sender$count_event_next;
    wire  [4:0] sender$count_which_next;
    wire  sender$wr_accept;
    wire  sender$admit_block;
    wire  sender$message_write;
    wire  [185:0] sender$message_record;
    wire  sender$copy_start;
    wire  sender$copy_empty;
    wire  [15:0] sender$wr_words;
    wire  [23:0] sender$wr_packets;
    wire  sender$copy_discard;
    wire  sender$copy_published;
    wire  sender$complete;
    wire  [7:0] sender$complete_tag;
    wire  [2:0] sender$complete_status;
    wire  sender$packet_load;
    wire  [213:0] sender$packet_fields;
    wire  [15:0] sender$packet_word;
    wire  [9:0] sender$packet_words;
    reg  acks$clock;
    reg  [3:0] acks$step;
    reg  [198:0] acks$qp_context;
    reg  [185:0] acks$head;
    reg  [15:0] acks$now;
    reg  acks$capture;
    reg  [7:0] acks$resp_syndrome;
    reg  [23:0] acks$resp_psn;
    reg  [7:0] acks$resp_opcode;
    reg  [12:0] acks$resp_payload_length;
    reg  acks$completion_free;
    reg  acks$count_event;
    reg  [4:0] acks$count_which;
    wire  [198:0] acks$qp_context_next;
    wire  [3:0] acks$step_next;
    wire  acks$count_event_next;
    wire  [4:0] acks$count_which_next;
    wire  acks$count_completed;
    wire  acks$complete;
    wire  [2:0] acks$complete_status;
    wire  acks$read_load;
    wire  acks$read_busy;
    wire  acks$read_deliver;
    wire  acks$read_message_end;
    wire  [12:0] acks$read_length;
    wire  acks$admit_unblock;
    reg  [3:0] step$d;
    wire  [3:0] step$q;
    reg  step$clock;
    reg  [2:0] engine_task$d;
    wire  [2:0] engine_task$q;
    reg  engine_task$clock;
    reg  [3:0] qp$d;
    wire  [3:0] qp$q;
    reg  qp$clock;
    reg  [198:0] qp_state$d;
    wire  [198:0] qp_state$q;
    reg  qp_state$clock;
    reg  [15:0] pending$d;
    wire  [15:0] pending$q;
    reg  pending$clock;
    reg  [15:0] errors$d;
    wire  [15:0] errors$q;
    reg  errors$clock;
    reg  [3:0] send_scan$d;
    wire  [3:0] send_scan$q;
    reg  send_scan$clock;
    reg  [3:0] timer_scan$d;
    wire  [3:0] timer_scan$q;
    reg  timer_scan$clock;
    reg  [3:0] clear_qp$d;
    wire  [3:0] clear_qp$q;
    reg  clear_qp$clock;
    reg  admit_blocked$d;
    wire  admit_blocked$q;
    reg  admit_blocked$clock;
    reg  count_event$d;
    wire  count_event$q;
    reg  count_event$clock;
    reg  [4:0] count_which$d;
    wire  [4:0] count_which$q;
    reg  count_which$clock;
    reg  [15:0] prescale$d;
    wire  [15:0] prescale$q;
    reg  prescale$clock;
    reg  [15:0] now$d;
    wire  [15:0] now$q;
    reg  now$clock;
    
    // Local signals
    reg  [6:0] qp_slots;
    reg  [6:0] head_slot;
    reg  [6:0] tail_slot;
    reg  [6:0] send_slot;
    
    // Sub module instances
    nic_core$requester$contexts contexts(
        .read_address(contexts$read_address),
        .read_clock(contexts$read_clock),
        .read_data(contexts$read_data),
        .write_address(contexts$write_address),
        .write_clock(contexts$write_clock),
        .write_data(contexts$write_data),
        .write_enable(contexts$write_enable)
    );
    nic_core$requester$messages messages(
        .read_address(messages$read_address),
        .read_clock(messages$read_clock),
        .read_data(messages$read_data),
        .write_address(messages$write_address),
        .write_clock(messages$write_clock),
        .write_data(messages$write_data),
        .write_enable(messages$write_enable)
    );
    nic_core$requester$ring ring(
        .read_address(ring$read_address),
        .read_clock(ring$read_clock),
        .read_data(ring$read_data),
        .write_address(ring$write_address),
        .write_clock(ring$write_clock),
        .write_data(ring$write_data),
        .write_enable(ring$write_enable)
    );
    nic_core$requester$counters counters(
        .clock(counters$clock),
        .reset(counters$reset),
        .count(counters$count),
        .count_index(counters$count_index),
        .read_index(counters$read_index),
        .read_value(counters$read_value),
        .ready(counters$ready)
    );
    nic_core$requester$copier copier(
        .clock(copier$clock),
        .reset(copier$reset),
        .start(copier$start),
        .start_empty(copier$start_empty),
        .start_qp(copier$start_qp),
        .start_word(copier$start_word),
        .start_words(copier$start_words),
        .start_packets(copier$start_packets),
        .start_tag(copier$start_tag),
        .discard(copier$discard),
        .published(copier$published),
        .s_axis_wr_tdata(copier$s_axis_wr_tdata),
        .s_axis_wr_tlast(copier$s_axis_wr_tlast),
        .s_axis_wr_tvalid(copier$s_axis_wr_tvalid),
        .s_axis_wr_tready(copier$s_axis_wr_tready),
        .ring_write_enable(copier$ring_write_enable),
        .ring_write_address(copier$ring_write_address),
        .ring_write_data(copier$ring_write_data),
        .busy(copier$busy),
        .done(copier$done),
        .failed(copier$failed),
        .qp(copier$qp),
        .tag(copier$tag),
        .words(copier$words),
        .packets(copier$packets)
    );
    nic_core$requester$mover mover(
        .clock(mover$clock),
        .reset(mover$reset),
        .load(mover$load),
        .load_fields(mover$load_fields),
        .load_qp(mover$load_qp),
        .load_word(mover$load_word),
        .load_words(mover$load_words),
        .idle(mover$idle),
        .ring_read_address(mover$ring_read_address),
        .ring_read_data(mover$ring_read_data),
        .tx_valid(mover$tx_valid),
        .tx_ready(mover$tx_ready),
        .tx_qp(mover$tx_qp),
        .tx_opcode(mover$tx_opcode),
        .tx_psn(mover$tx_psn),
        .tx_ack_req(mover$tx_ack_req),
        .tx_reth_va(mover$tx_reth_va),
        .tx_reth_rkey(mover$tx_reth_rkey),
        .tx_reth_length(mover$tx_reth_length),
        .tx_ieth_rkey(mover$tx_ieth_rkey),
        .tx_payload_length(mover$tx_payload_length),
        .m_axis_tx_tdata(mover$m_axis_tx_tdata),
        .m_axis_tx_tlast(mover$m_axis_tx_tlast),
        .m_axis_tx_tvalid(mover$m_axis_tx_tvalid),
        .m_axis_tx_tready(mover$m_axis_tx_tready)
    );
    nic_core$requester$read_pass read_pass(
        .clock(read_pass$clock),
        .reset(read_pass$reset),
        .load(read_pass$load),
        .load_busy(read_pass$load_busy),
        .load_deliver(read_pass$load_deliver),
        .load_message_end(read_pass$load_message_end),
        .load_qp(read_pass$load_qp),
        .load_tag(read_pass$load_tag),
        .load_length(read_pass$load_length),
        .busy(read_pass$busy),
        .s_axis_resp_tdata(read_pass$s_axis_resp_tdata),
        .s_axis_resp_tlast(read_pass$s_axis_resp_tlast),
        .s_axis_resp_tvalid(read_pass$s_axis_resp_tvalid),
        .s_axis_resp_tready(read_pass$s_axis_resp_tready),
        .m_axis_read_tdata(read_pass$m_axis_read_tdata),
        .m_axis_read_tlast(read_pass$m_axis_read_tlast),
        .m_axis_read_tvalid(read_pass$m_axis_read_tvalid),
        .m_axis_read_tready(read_pass$m_axis_read_tready),
        .read_qp(read_pass$read_qp),
        .read_tag(read_pass$read_tag),
        .read_length(read_pass$read_length),
        .read_last(read_pass$read_last)
    );
    nic_core$requester$completions completions(
        .clock(completions$clock),
        .reset(completions$reset),
        .free(completions$free),
        .load(completions$load),
        .load_qp(completions$load_qp),
        .load_tag(completions$load_tag),
        .load_status(completions$load_status),
        .cpl_valid(completions$cpl_valid),
        .cpl_ready(completions$cpl_ready),
        .cpl_qp(completions$cpl_qp),
        .cpl_tag(completions$cpl_tag),
        .cpl_status(completions$cpl_status)
    );
    nic_core$requester$sender sender(
        .clock(sender$clock),
        .step(sender$step),
        .active(sender$active),
        .qp(sender$qp),
        .qp_context(sender$qp_context),
        .send_message(sender$send_message),
        .now(sender$now),
        .wr_length(sender$wr_length),
        .wr_kind(sender$wr_kind),
        .wr_va(sender$wr_va),
        .wr_rkey(sender$wr_rkey),
        .wr_tag(sender$wr_tag),
        .copy_failed(sender$copy_failed),
        .copy_tag(sender$copy_tag),
        .copy_words(sender$copy_words),
        .copy_packets(sender$copy_packets),
        .completion_free(sender$completion_free),
        .count_event(sender$count_event),
        .count_which(sender$count_which),
        .qp_context_next(sender$qp_context_next),
        .step_next(sender$step_next),
        .count_event_next(sender$count_event_next),
        .count_which_next(sender$count_which_next),
        .wr_accept(sender$wr_accept),
        .admit_block(sender$admit_block),
        .message_write(sender$message_write),
        .message_record(sender$message_record),
        .copy_start(sender$copy_start),
        .copy_empty(sender$copy_empty),
        .wr_words(sender$wr_words),
        .wr_packets(sender$wr_packets),
        .copy_discard(sender$copy_discard),
        .copy_published(sender$copy_published),
        .complete(sender$complete),
        .complete_tag(sender$complete_tag),
        .complete_status(sender$complete_status),
        .packet_load(sender$packet_load),
        .packet_fields(sender$packet_fields),
        .packet_word(sender$packet_word),
        .packet_words(sender$packet_words)
    );
    nic_core$requester$acks acks(
        .clock(acks$clock),
        .step(acks$step),
        .qp_context(acks$qp_context),
        .head(acks$head),
        .now(acks$now),
        .capture(acks$capture),
        .resp_syndrome(acks$resp_syndrome),
        .resp_psn(acks$resp_psn),
        .resp_opcode(acks$resp_opcode),
        .resp_payload_length(acks$resp_payload_length),
        .completion_free(acks$completion_free),
        .count_event(acks$count_event),
        .count_which(acks$count_which),
        .qp_context_next(acks$qp_context_next),
        .step_next(acks$step_next),
        .count_event_next(acks$count_event_next),
        .count_which_next(acks$count_which_next),
        .count_completed(acks$count_completed),
        .complete(acks$complete),
        .complete_status(acks$complete_status),
        .read_load(acks$read_load),
        .read_busy(acks$read_busy),
        .read_deliver(acks$read_deliver),
        .read_message_end(acks$read_message_end),
        .read_length(acks$read_length),
        .admit_unblock(acks$admit_unblock)
    );
    nic_core$requester$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    nic_core$requester$engine_task engine_task(
        .d(engine_task$d),
        .q(engine_task$q),
        .clock(engine_task$clock)
    );
    nic_core$requester$qp qp(
        .d(qp$d),
        .q(qp$q),
        .clock(qp$clock)
    );
    nic_core$requester$qp_state qp_state(
        .d(qp_state$d),
        .q(qp_state$q),
        .clock(qp_state$clock)
    );
    nic_core$requester$pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    nic_core$requester$errors errors(
        .d(errors$d),
        .q(errors$q),
        .clock(errors$clock)
    );
    nic_core$requester$send_scan send_scan(
        .d(send_scan$d),
        .q(send_scan$q),
        .clock(send_scan$clock)
    );
    nic_core$requester$timer_scan timer_scan(
        .d(timer_scan$d),
        .q(timer_scan$q),
        .clock(timer_scan$clock)
    );
    nic_core$requester$clear_qp clear_qp(
        .d(clear_qp$d),
        .q(clear_qp$q),
        .clock(clear_qp$clock)
    );
    nic_core$requester$admit_blocked admit_blocked(
        .d(admit_blocked$d),
        .q(admit_blocked$q),
        .clock(admit_blocked$clock)
    );
    nic_core$requester$count_event count_event(
        .d(count_event$d),
        .q(count_event$q),
        .clock(count_event$clock)
    );
    nic_core$requester$count_which count_which(
        .d(count_which$d),
        .q(count_which$q),
        .clock(count_which$clock)
    );
    nic_core$requester$prescale prescale(
        .d(prescale$d),
        .q(prescale$q),
        .clock(prescale$clock)
    );
    nic_core$requester$now now(
        .d(now$d),
        .q(now$q),
        .clock(now$clock)
    );
    
    // Update code
    always @(*) begin
        step$clock = clock;
        engine_task$clock = clock;
        qp$clock = clock;
        qp_state$clock = clock;
        pending$clock = clock;
        errors$clock = clock;
        send_scan$clock = clock;
        timer_scan$clock = clock;
        clear_qp$clock = clock;
        admit_blocked$clock = clock;
        count_event$clock = clock;
        count_which$clock = clock;
        prescale$clock = clock;
        now$clock = clock;
        step$d = step$q;
        engine_task$d = engine_task$q;
        qp$d = qp$q;
        qp_state$d = qp_state$q;
        pending$d = pending$q;
        errors$d = errors$q;
        send_scan$d = send_scan$q;
        timer_scan$d = timer_scan$q;
        clear_qp$d = clear_qp$q;
        admit_blocked$d = admit_blocked$q;
        count_event$d = count_event$q;
        count_which$d = count_which$q;
        prescale$d = prescale$q;
        now$d = now$q;
        counters$clock = clock;
        copier$clock = clock;
        mover$clock = clock;
        read_pass$clock = clock;
        completions$clock = clock;
        sender$clock = clock;
        acks$clock = clock;
        contexts$read_clock = clock;
        contexts$write_clock = clock;
        messages$read_clock = clock;
        messages$write_clock = clock;
        ring$read_clock = clock;
        ring$write_clock = clock;
        counters$reset = reset;
        counters$read_index = counter_read_index;
        counter_read_value = counters$read_value;
        counters_ready = counters$ready;
        counters$count = 1'b0;
        counters$count_index = count_which$q;
        qp_error = errors$q;
        prescale$d = prescale$q + one_tick;
        if (prescale$q == timer_prescale) begin
            prescale$d = no_ticks;
            now$d = now$q + one_tick;
        end
        copier$reset = reset;
        copier$s_axis_wr_tdata = s_axis_wr_tdata;
        copier$s_axis_wr_tlast = s_axis_wr_tlast;
        copier$s_axis_wr_tvalid = s_axis_wr_tvalid;
        s_axis_wr_tready = copier$s_axis_wr_tready;
        ring$write_enable = copier$ring_write_enable;
        ring$write_address = copier$ring_write_address;
        ring$write_data = copier$ring_write_data;
        mover$reset = reset;
        ring$read_address = mover$ring_read_address;
        mover$ring_read_data = ring$read_data;
        tx_valid = mover$tx_valid;
        mover$tx_ready = tx_ready;
        tx_qp = mover$tx_qp;
        tx_opcode = mover$tx_opcode;
        tx_psn = mover$tx_psn;
        tx_ack_req = mover$tx_ack_req;
        tx_reth_va = mover$tx_reth_va;
        tx_reth_rkey = mover$tx_reth_rkey;
        tx_reth_length = mover$tx_reth_length;
        tx_ieth_rkey = mover$tx_ieth_rkey;
        tx_payload_length = mover$tx_payload_length;
        m_axis_tx_tdata = mover$m_axis_tx_tdata;
        m_axis_tx_tlast = mover$m_axis_tx_tlast;
        m_axis_tx_tvalid = mover$m_axis_tx_tvalid;
        mover$m_axis_tx_tready = m_axis_tx_tready;
        read_pass$reset = reset;
        read_pass$s_axis_resp_tdata = s_axis_resp_tdata;
        read_pass$s_axis_resp_tlast = s_axis_resp_tlast;
        read_pass$s_axis_resp_tvalid = s_axis_resp_tvalid;
        s_axis_resp_tready = read_pass$s_axis_resp_tready;
        m_axis_read_tdata = read_pass$m_axis_read_tdata;
        m_axis_read_tlast = read_pass$m_axis_read_tlast;
        m_axis_read_tvalid = read_pass$m_axis_read_tvalid;
        read_pass$m_axis_read_tready = m_axis_read_tready;
        read_qp = read_pass$read_qp;
        read_tag = read_pass$read_tag;
        read_length = read_pass$read_length;
        read_last = read_pass$read_last;
        completions$reset = reset;
        cpl_valid = completions$cpl_valid;
        completions$cpl_ready = cpl_ready;
        cpl_qp = completions$cpl_qp;
        cpl_tag = completions$cpl_tag;
        cpl_status = completions$cpl_status;
        contexts$read_address = qp$q;
        contexts$write_enable = 1'b0;
        contexts$write_address = qp$q;
        contexts$write_data = qp_state$q;
        qp_slots = ((qp$q) & 7'h7f) << slot_shift;
        head_slot = ((qp_state$q[(64'h64)+:(8)] & slot_mask) & 7'h7f);
        tail_slot = ((qp_state$q[(64'h74)+:(8)] & slot_mask) & 7'h7f);
        send_slot = ((contexts$read_data[(64'h6c)+:(8)] & slot_mask) & 7'h7f);
        messages$read_address = qp_slots | head_slot;
        messages$write_enable = sender$message_write;
        messages$write_address = qp_slots | tail_slot;
        messages$write_data = sender$message_record;
        cfg_ready = 1'b0;
        wr_ready = sender$wr_accept;
        resp_ready = 1'b0;
        sender$step = step$q;
        sender$qp = qp$q;
        sender$qp_context = qp_state$q;
        sender$send_message = messages$read_data;
        sender$now = now$q;
        sender$wr_length = wr_length;
        sender$wr_kind = wr_kind;
        sender$wr_va = wr_va;
        sender$wr_rkey = wr_rkey;
        sender$wr_tag = wr_tag;
        sender$copy_failed = copier$failed;
        sender$copy_tag = copier$tag;
        sender$copy_words = copier$words;
        sender$copy_packets = copier$packets;
        sender$completion_free = completions$free;
        sender$count_event = count_event$q;
        sender$count_which = count_which$q;
        copier$start = sender$copy_start;
        copier$start_empty = sender$copy_empty;
        copier$start_qp = qp$q;
        copier$start_word = qp_state$q[(64'h7c)+:(16)];
        copier$start_words = sender$wr_words;
        copier$start_packets = sender$wr_packets;
        copier$start_tag = wr_tag;
        copier$discard = sender$copy_discard;
        copier$published = sender$copy_published;
        mover$load = sender$packet_load;
        mover$load_fields = sender$packet_fields;
        mover$load_qp = qp$q;
        mover$load_word = sender$packet_word;
        mover$load_words = sender$packet_words;
        completions$load = 1'b0;
        completions$load_qp = qp$q;
        completions$load_tag = messages$read_data[(64'ha2)+:(8)];
        completions$load_status = acks$complete_status;
        read_pass$load = 1'b0;
        read_pass$load_busy = acks$read_busy;
        read_pass$load_deliver = acks$read_deliver;
        read_pass$load_message_end = acks$read_message_end;
        read_pass$load_qp = qp$q;
        read_pass$load_tag = messages$read_data[(64'ha2)+:(8)];
        read_pass$load_length = acks$read_length;
        acks$step = step$q;
        acks$qp_context = qp_state$q;
        acks$head = messages$read_data;
        acks$now = now$q;
        acks$capture = 1'b0;
        acks$resp_syndrome = resp_syndrome;
        acks$resp_psn = resp_psn;
        acks$resp_opcode = resp_opcode;
        acks$resp_payload_length = resp_payload_length;
        acks$completion_free = completions$free;
        acks$count_event = count_event$q;
        acks$count_which = count_which$q;
        case (step$q)
            RequesterStep$Clear:
                begin
                    contexts$write_enable = 1'b1;
                    contexts$write_address = clear_qp$q;
                    contexts$write_data = empty_context;
                    if (clear_qp$q != last_qp) begin
                        clear_qp$d = clear_qp$q + one_qp;
                    end
                    else if (counters$ready) begin
                        step$d = RequesterStep$Idle;
                    end
                end
            RequesterStep$Idle:
                begin
                    count_event$d = 1'b0;
                    send_scan$d = send_scan$q + one_qp;
                    cfg_ready = ~copier$busy & ~copier$done;
                    if (cfg_valid & cfg_ready) begin
                        contexts$write_enable = 1'b1;
                        contexts$write_address = cfg_qp;
                        contexts$write_data = empty_context;
                        contexts$write_data[(64'h0)+:(1)] = cfg_enable;
                        contexts$write_data[(64'h4)+:(24)] = cfg_first_psn;
                        contexts$write_data[(64'h1c)+:(24)] = cfg_first_psn;
                        contexts$write_data[(64'h34)+:(24)] = cfg_first_psn;
                        contexts$write_data[(64'h4c)+:(24)] = cfg_first_psn;
                        contexts$write_data[(64'ha4)+:(3)] = cfg_mtu_shift;
                        contexts$write_data[(64'ha7)+:(16)] = cfg_timeout;
                        contexts$write_data[(64'ha0)+:(4)] = cfg_retry_limit;
                        contexts$write_data[(64'hb7)+:(16)] = now$q;
                        pending$d = pending$q & ~(qp_0_bit << ((cfg_qp) & 16'hffff));
                        errors$d = errors$q & ~(qp_0_bit << ((cfg_qp) & 16'hffff));
                        admit_blocked$d = 1'b0;
                    end
                    else if (copier$done) begin
                        engine_task$d = RequesterTask$Publish;
                        qp$d = copier$qp;
                        contexts$read_address = copier$qp;
                        step$d = RequesterStep$LoadContext;
                    end
                    else if (resp_valid & ~read_pass$busy) begin
                        engine_task$d = RequesterTask$Respond;
                        qp$d = resp_qp;
                        acks$capture = 1'b1;
                        resp_ready = 1'b1;
                        contexts$read_address = resp_qp;
                        step$d = RequesterStep$LoadContext;
                    end
                    else if (pending$q[send_scan$q] & mover$idle) begin
                        engine_task$d = RequesterTask$Send;
                        qp$d = send_scan$q;
                        contexts$read_address = send_scan$q;
                        step$d = RequesterStep$LoadContext;
                    end
                    else if (wr_valid & ~copier$busy & ~admit_blocked$q) begin
                        engine_task$d = RequesterTask$Admit;
                        qp$d = wr_qp;
                        contexts$read_address = wr_qp;
                        step$d = RequesterStep$LoadContext;
                    end
                    else begin
                        engine_task$d = RequesterTask$Timer;
                        qp$d = timer_scan$q;
                        timer_scan$d = timer_scan$q + one_qp;
                        contexts$read_address = timer_scan$q;
                        step$d = RequesterStep$LoadContext;
                    end
                end
            RequesterStep$LoadContext:
                begin
                    qp_state$d = contexts$read_data;
                    messages$read_address = qp_slots | send_slot;
                    case (engine_task$q)
                        RequesterTask$Publish:
                            begin
                                step$d = RequesterStep$Publish;
                            end
                        RequesterTask$Respond:
                            begin
                                step$d = RequesterStep$Respond;
                            end
                        RequesterTask$Admit:
                            begin
                                step$d = RequesterStep$Admit;
                            end
                        RequesterTask$Send:
                            begin
                                step$d = RequesterStep$LoadMessage;
                            end
                        default:
                            begin
                                step$d = RequesterStep$Timer;
                            end
                    endcase
                end
            RequesterStep$Commit:
                begin
                    contexts$write_enable = 1'b1;
                    counters$count = count_event$q;
                    pending$d = pending$q & ~(qp_0_bit << ((qp$q) & 16'hffff));
                    if (qp_state$q[(64'h0)+:(1)] & ~qp_state$q[(64'h1)+:(1)] & ~qp_state$q[(64'h2)+:(1)] & (qp_state$q[(64'h1c)+:(24)] != qp_state$q[(64'h4c)+:(24)])) begin
                        pending$d = pending$q | (qp_0_bit << ((qp$q) & 16'hffff));
                    end
                    if (qp_state$q[(64'h1)+:(1)]) begin
                        errors$d = errors$q | (qp_0_bit << ((qp$q) & 16'hffff));
                    end
                    step$d = RequesterStep$Idle;
                end
            default:
                begin
                    if (sender$active) begin
                        qp_state$d = sender$qp_context_next;
                        step$d = sender$step_next;
                        count_event$d = sender$count_event_next;
                        count_which$d = sender$count_which_next;
                        completions$load = sender$complete;
                        completions$load_tag = sender$complete_tag;
                        completions$load_status = sender$complete_status;
                        if (sender$admit_block) begin
                            admit_blocked$d = 1'b1;
                        end
                    end
                    else begin
                        qp_state$d = acks$qp_context_next;
                        step$d = acks$step_next;
                        count_event$d = acks$count_event_next;
                        count_which$d = acks$count_which_next;
                        completions$load = acks$complete;
                        read_pass$load = acks$read_load;
                        if (acks$count_completed) begin
                            counters$count = 1'b1;
                            counters$count_index = event_completed;
                        end
                        if (acks$admit_unblock) begin
                            admit_blocked$d = 1'b0;
                        end
                    end
                end
        endcase
        if (reset) begin
            step$d = RequesterStep$Clear;
            clear_qp$d = first_qp;
            pending$d = no_qps;
            errors$d = no_qps;
            admit_blocked$d = 1'b0;
            count_event$d = 1'b0;
        end
    end
    
endmodule // nic_core$requester


module nic_core$requester$acks(clock,step,qp_context,head,now,capture,resp_syndrome,resp_psn,resp_opcode,resp_payload_length,completion_free,count_event,count_which,qp_context_next,step_next,count_event_next,count_which_next,count_completed,complete,complete_status,read_load,read_busy,read_deliver,read_message_end,read_length,admit_unblock);
    
    // Module arguments
    input wire  clock;
    input wire  [3:0] step;
    input wire  [198:0] qp_context;
    input wire  [185:0] head;
    input wire  [15:0] now;
    input wire  capture;
    input wire  [7:0] resp_syndrome;
    input wire  [23:0] resp_psn;
    input wire  [7:0] resp_opcode;
    input wire  [12:0] resp_payload_length;
    input wire  completion_free;
    input wire  count_event;
    input wire  [4:0] count_which;
    output reg  [198:0] qp_context_next;
    output reg  [3:0] step_next;
    output reg  count_event_next;
    output reg  [4:0] count_which_next;
    output reg  count_completed;
    output reg  complete;
    output reg  [2:0] complete_status;
    output reg  read_load;
    output reg  read_busy;
    output reg  read_deliver;
    output reg  read_message_end;
    output reg  [12:0] read_length;
    output reg  admit_unblock;
    
    // Constant declarations
    localparam  one_psn = 24'h1;
    localparam  zero_psn = 24'h0;
    localparam  psn_half = 24'h800000;
    localparam  one_slot = 8'h1;
    localparam  one_retry = 4'h1;
    localparam  no_retries = 4'h0;
    localparam  one_byte = 16'h1;
    localparam  word_round_up = 16'h7;
    localparam  no_words = 16'h0;
    localparam  no_payload = 13'b0;
    localparam  mtu_base_shift = 8'h8;
    localparam  kind_read = 2'b11;
    localparam  ack_opcode_class = 3'b0;
    localparam  rnr_class = 3'b1;
    localparam  nak_class = 3'b11;
    localparam  syndrome_ack = 8'h1f;
    localparam  syndrome_sequence = 8'h60;
    localparam  read_response_first = 8'hd;
    localparam  read_response_last = 8'hf;
    localparam  read_response_only = 8'h10;
    localparam  status_success = 3'b0;
    localparam  status_remote = 3'b1;
    localparam  status_retry = 3'b10;
    localparam  status_flushed = 3'b100;
    localparam  event_stale = 5'b111;
    localparam  event_sequence = 5'b11;
    localparam  event_rnr = 5'b100;
    localparam  event_timeout = 5'b10;
    localparam  event_remote = 5'b101;
    localparam  event_retry = 5'b110;
    
    // Enums
    localparam RequesterStep$Clear = 0;
    localparam RequesterStep$Idle = 1;
    localparam RequesterStep$LoadContext = 2;
    localparam RequesterStep$LoadMessage = 3;
    localparam RequesterStep$Publish = 4;
    localparam RequesterStep$Admit = 5;
    localparam RequesterStep$SendCompute = 6;
    localparam RequesterStep$SendCommit = 7;
    localparam RequesterStep$Respond = 8;
    localparam RequesterStep$ReadCheck = 9;
    localparam RequesterStep$RetireFetch = 10;
    localparam RequesterStep$RetireCheck = 11;
    localparam RequesterStep$RetireWait = 12;
    localparam RequesterStep$Apply = 13;
    localparam RequesterStep$Timer = 14;
    localparam RequesterStep$Commit = 15;
    
    // Stub signals
    reg  [7:0] syndrome$d;
    wire  [7:0] syndrome$q;
    reg  syndrome$clock;
    reg  [23:0] response_psn$d;
    wire  [23:0] response_psn$q;
    reg  response_psn$clock;
    reg  [7:0] response_opcode$d;
    wire  [7:0] response_opcode$q;
    reg  response_opcode$clock;
    reg  [12:0] response_length$d;
    wire  [12:0] response_length$q;
    reg  response_length$clock;
    reg  retiring_read$d;
    wire  retiring_read$q;
    reg  retiring_read$clock;
    reg  implicit_ack$d;
    wire  implicit_ack$q;
    reg  implicit_ack$clock;
    reg  recheck$d;
    wire  recheck$q;
    reg  recheck$clock;
    reg  [23:0] new_unacked$d;
    wire  [23:0] new_unacked$q;
    reg  new_unacked$clock;
    reg  flush_all$d;
    wire  flush_all$q;
    reg  flush_all$clock;
    reg  [2:0] flush_status$d;
    wire  [2:0] flush_status$q;
    reg  flush_status$clock;
    
    // Local signals
    reg  go_back;
    reg  [23:0] go_back_psn;
    reg  fail;
    reg  [2:0] fail_status;
    reg  [4:0] fail_event;
    reg  [7:0] mtu_log2;
    reg  [15:0] mtu_bytes;
    reg  [15:0] message_words;
    reg  head_is_read;
    reg  [23:0] unacked_into_head;
    reg  [7:0] head_index;
    reg  head_first;
    reg  head_last;
    reg  response_ends;
    reg  response_starts;
    reg  response_fits;
    reg  [15:0] expected_response_length;
    reg  [23:0] head_distance;
    reg  head_retires;
    reg  [23:0] unacked_past_send;
    reg  [23:0] response_distance;
    reg  [23:0] in_flight;
    reg  expired;
    reg  [3:0] retries_next;
    
    // Sub module instances
    nic_core$requester$acks$syndrome syndrome(
        .d(syndrome$d),
        .q(syndrome$q),
        .clock(syndrome$clock)
    );
    nic_core$requester$acks$response_psn response_psn(
        .d(response_psn$d),
        .q(response_psn$q),
        .clock(response_psn$clock)
    );
    nic_core$requester$acks$response_opcode response_opcode(
        .d(response_opcode$d),
        .q(response_opcode$q),
        .clock(response_opcode$clock)
    );
    nic_core$requester$acks$response_length response_length(
        .d(response_length$d),
        .q(response_length$q),
        .clock(response_length$clock)
    );
    nic_core$requester$acks$retiring_read retiring_read(
        .d(retiring_read$d),
        .q(retiring_read$q),
        .clock(retiring_read$clock)
    );
    nic_core$requester$acks$implicit_ack implicit_ack(
        .d(implicit_ack$d),
        .q(implicit_ack$q),
        .clock(implicit_ack$clock)
    );
    nic_core$requester$acks$recheck recheck(
        .d(recheck$d),
        .q(recheck$q),
        .clock(recheck$clock)
    );
    nic_core$requester$acks$new_unacked new_unacked(
        .d(new_unacked$d),
        .q(new_unacked$q),
        .clock(new_unacked$clock)
    );
    nic_core$requester$acks$flush_all flush_all(
        .d(flush_all$d),
        .q(flush_all$q),
        .clock(flush_all$clock)
    );
    nic_core$requester$acks$flush_status flush_status(
        .d(flush_status$d),
        .q(flush_status$q),
        .clock(flush_status$clock)
    );
    
    // Update code
    always @(*) begin
        syndrome$clock = clock;
        response_psn$clock = clock;
        response_opcode$clock = clock;
        response_length$clock = clock;
        retiring_read$clock = clock;
        implicit_ack$clock = clock;
        recheck$clock = clock;
        new_unacked$clock = clock;
        flush_all$clock = clock;
        flush_status$clock = clock;
        syndrome$d = syndrome$q;
        response_psn$d = response_psn$q;
        response_opcode$d = response_opcode$q;
        response_length$d = response_length$q;
        retiring_read$d = retiring_read$q;
        implicit_ack$d = implicit_ack$q;
        recheck$d = recheck$q;
        new_unacked$d = new_unacked$q;
        flush_all$d = flush_all$q;
        flush_status$d = flush_status$q;
        qp_context_next = qp_context;
        step_next = step;
        count_event_next = count_event;
        count_which_next = count_which;
        count_completed = 1'b0;
        complete = 1'b0;
        complete_status = flush_status$q;
        admit_unblock = 1'b0;
        go_back = 1'b0;
        go_back_psn = qp_context[(64'h4)+:(24)];
        fail = 1'b0;
        fail_status = status_remote;
        fail_event = event_remote;
        if (step == RequesterStep$Idle) begin
            flush_all$d = 1'b0;
            retiring_read$d = 1'b0;
            implicit_ack$d = 1'b0;
            recheck$d = 1'b0;
        end
        if (capture) begin
            syndrome$d = resp_syndrome;
            response_psn$d = resp_psn;
            response_opcode$d = resp_opcode;
            response_length$d = resp_payload_length;
        end
        mtu_log2 = ((qp_context[(64'ha4)+:(3)]) & 8'hff) + mtu_base_shift;
        mtu_bytes = one_byte << mtu_log2;
        message_words = (head[(64'h30)+:(16)] + word_round_up) >> 32'h3;
        head_is_read = head[(64'ha0)+:(2)] == kind_read;
        unacked_into_head = qp_context[(64'h4)+:(24)] - head[(64'h0)+:(24)];
        if (head_is_read) begin
            message_words = no_words;
        end
        head_index = ((response_psn$q - head[(64'h0)+:(24)]) & 8'hff);
        head_first = response_psn$q == head[(64'h0)+:(24)];
        head_last = response_psn$q == head[(64'h18)+:(24)];
        response_ends = (response_opcode$q == read_response_last) | (response_opcode$q == read_response_only);
        response_starts = (response_opcode$q == read_response_first) | (response_opcode$q == read_response_only);
        response_fits = (response_ends == head_last) & (response_starts | ~head_first);
        expected_response_length = mtu_bytes;
        if (head_last) begin
            expected_response_length = head[(64'h30)+:(16)] - (((head_index) & 16'hffff) << mtu_log2);
        end
        head_distance = new_unacked$q - head[(64'h18)+:(24)];
        head_retires = (qp_context[(64'h64)+:(8)] != qp_context[(64'h74)+:(8)]) & (flush_all$q | ((head_distance != zero_psn) & ~head_distance[32'h17] & (~head_is_read | retiring_read$q)));
        unacked_past_send = new_unacked$q - qp_context[(64'h1c)+:(24)];
        response_distance = response_psn$q - qp_context[(64'h4)+:(24)];
        in_flight = qp_context[(64'h34)+:(24)] - qp_context[(64'h4)+:(24)];
        expired = (now - qp_context[(64'hb7)+:(16)]) >= qp_context[(64'ha7)+:(16)];
        retries_next = qp_context[(64'h9c)+:(4)] + one_retry;
        read_load = 1'b0;
        read_busy = response_length$q != no_payload;
        read_deliver = 1'b0;
        read_message_end = head_last;
        read_length = response_length$q;
        case (step)
            RequesterStep$Respond:
                begin
                    if ((response_opcode$q >= read_response_first) & (response_opcode$q <= read_response_only)) begin
                        step_next = RequesterStep$ReadCheck;
                    end
                    else begin
                        new_unacked$d = response_psn$q + one_psn;
                        if (syndrome$q[(32'h5)+:(3)] != ack_opcode_class) begin
                            new_unacked$d = response_psn$q;
                        end
                        if ((response_distance < in_flight) & ((syndrome$q[(32'h5)+:(3)] == ack_opcode_class) | (syndrome$q[(32'h5)+:(3)] == rnr_class) | (syndrome$q[(32'h5)+:(3)] == nak_class))) begin
                            flush_status$d = status_success;
                            step_next = RequesterStep$RetireFetch;
                        end
                        else begin
                            count_event_next = 1'b1;
                            count_which_next = event_stale;
                            step_next = RequesterStep$Commit;
                        end
                    end
                end
            RequesterStep$ReadCheck:
                begin
                    read_load = 1'b1;
                    count_event_next = 1'b1;
                    count_which_next = event_stale;
                    step_next = RequesterStep$Commit;
                    if (response_distance == zero_psn) begin
                        if ((qp_context[(64'h64)+:(8)] != qp_context[(64'h74)+:(8)]) & head_is_read & response_fits & (((response_length$q) & 16'hffff) == expected_response_length)) begin
                            read_deliver = 1'b1;
                            retiring_read$d = 1'b1;
                            new_unacked$d = response_psn$q + one_psn;
                            syndrome$d = syndrome_ack;
                            flush_status$d = status_success;
                            count_event_next = 1'b0;
                            step_next = RequesterStep$RetireFetch;
                        end
                        else begin
                            fail = 1'b1;
                        end
                    end
                    else if ((response_distance < in_flight) & ~head_is_read & ~implicit_ack$q & (qp_context[(64'h64)+:(8)] != qp_context[(64'h74)+:(8)])) begin
                        read_busy = 1'b0;
                        implicit_ack$d = 1'b1;
                        recheck$d = 1'b1;
                        new_unacked$d = response_psn$q;
                        syndrome$d = syndrome_ack;
                        flush_status$d = status_success;
                        count_event_next = 1'b0;
                        step_next = RequesterStep$RetireFetch;
                    end
                    else if ((response_distance < in_flight) & ~qp_context[(64'h3)+:(1)]) begin
                        qp_context_next[(64'h3)+:(1)] = 1'b1;
                        go_back = 1'b1;
                        count_which_next = event_sequence;
                    end
                end
            RequesterStep$RetireFetch:
                begin
                    step_next = RequesterStep$RetireCheck;
                end
            RequesterStep$RetireCheck:
                begin
                    if (head_retires) begin
                        if (completion_free) begin
                            complete = 1'b1;
                            if (flush_all$q) begin
                                flush_status$d = status_flushed;
                            end
                            count_completed = ~flush_all$q;
                            qp_context_next[(64'h64)+:(8)] = qp_context[(64'h64)+:(8)] + one_slot;
                            if (head_is_read) begin
                                qp_context_next[(64'h3)+:(1)] = 1'b0;
                            end
                            qp_context_next[(64'h8c)+:(16)] = head[(64'haa)+:(16)] + message_words;
                            admit_unblock = 1'b1;
                            step_next = RequesterStep$RetireWait;
                        end
                    end
                    else if (head_is_read & ~retiring_read$q & ~flush_all$q & (qp_context[(64'h64)+:(8)] != qp_context[(64'h74)+:(8)]) & (head_distance != zero_psn) & ~head_distance[32'h17]) begin
                        new_unacked$d = head[(64'h0)+:(24)];
                        if (unacked_into_head < psn_half) begin
                            new_unacked$d = qp_context[(64'h4)+:(24)];
                        end
                        step_next = RequesterStep$Apply;
                    end
                    else if (flush_all$q) begin
                        qp_context_next[(64'h6c)+:(8)] = qp_context[(64'h64)+:(8)];
                        qp_context_next[(64'h1c)+:(24)] = qp_context[(64'h4c)+:(24)];
                        qp_context_next[(64'h4)+:(24)] = qp_context[(64'h4c)+:(24)];
                        qp_context_next[(64'h34)+:(24)] = qp_context[(64'h4c)+:(24)];
                        qp_context_next[(64'h8c)+:(16)] = qp_context[(64'h7c)+:(16)];
                        step_next = RequesterStep$Commit;
                    end
                    else begin
                        step_next = RequesterStep$Apply;
                    end
                end
            RequesterStep$RetireWait:
                begin
                    step_next = RequesterStep$RetireFetch;
                end
            RequesterStep$Apply:
                begin
                    step_next = RequesterStep$Commit;
                    if (recheck$q) begin
                        recheck$d = 1'b0;
                        step_next = RequesterStep$Respond;
                    end
                    if (new_unacked$q != qp_context[(64'h4)+:(24)]) begin
                        qp_context_next[(64'h9c)+:(4)] = no_retries;
                        qp_context_next[(64'hb7)+:(16)] = now;
                    end
                    qp_context_next[(64'h4)+:(24)] = new_unacked$q;
                    if (unacked_past_send < psn_half) begin
                        qp_context_next[(64'h1c)+:(24)] = new_unacked$q;
                        qp_context_next[(64'h6c)+:(8)] = qp_context[(64'h64)+:(8)];
                    end
                    if (syndrome$q[(32'h5)+:(3)] == rnr_class) begin
                        qp_context_next[(64'h1c)+:(24)] = new_unacked$q;
                        qp_context_next[(64'h6c)+:(8)] = qp_context[(64'h64)+:(8)];
                        qp_context_next[(64'h2)+:(1)] = 1'b1;
                        qp_context_next[(64'hb7)+:(16)] = now;
                        count_event_next = 1'b1;
                        count_which_next = event_rnr;
                    end
                    if (syndrome$q[(32'h5)+:(3)] == nak_class) begin
                        count_event_next = 1'b1;
                        if (syndrome$q == syndrome_sequence) begin
                            go_back = 1'b1;
                            go_back_psn = new_unacked$q;
                            count_which_next = event_sequence;
                        end
                        else begin
                            fail = 1'b1;
                        end
                    end
                end
            RequesterStep$Timer:
                begin
                    step_next = RequesterStep$Commit;
                    if (qp_context[(64'h0)+:(1)] & ~qp_context[(64'h1)+:(1)] & (qp_context[(64'h2)+:(1)] | (qp_context[(64'h4)+:(24)] != qp_context[(64'h34)+:(24)])) & expired) begin
                        qp_context_next[(64'hb7)+:(16)] = now;
                        if (qp_context[(64'h2)+:(1)]) begin
                            qp_context_next[(64'h2)+:(1)] = 1'b0;
                        end
                        else begin
                            go_back = 1'b1;
                            qp_context_next[(64'h3)+:(1)] = 1'b0;
                            new_unacked$d = qp_context[(64'h4)+:(24)];
                            count_event_next = 1'b1;
                            count_which_next = event_timeout;
                        end
                    end
                end
            default:
                begin
                end
        endcase
        if (go_back) begin
            qp_context_next[(64'h1c)+:(24)] = go_back_psn;
            qp_context_next[(64'h6c)+:(8)] = qp_context[(64'h64)+:(8)];
            qp_context_next[(64'h9c)+:(4)] = retries_next;
            qp_context_next[(64'hb7)+:(16)] = now;
            if (retries_next > qp_context[(64'ha0)+:(4)]) begin
                fail = 1'b1;
                fail_status = status_retry;
                fail_event = event_retry;
            end
        end
        if (fail) begin
            qp_context_next[(64'h1)+:(1)] = 1'b1;
            flush_all$d = 1'b1;
            flush_status$d = fail_status;
            count_which_next = fail_event;
            step_next = RequesterStep$RetireFetch;
        end
    end
    
endmodule // nic_core$requester$acks


module nic_core$requester$acks$flush_all(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$acks$flush_all


module nic_core$requester$acks$flush_status(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$acks$flush_status


module nic_core$requester$acks$implicit_ack(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$acks$implicit_ack


module nic_core$requester$acks$new_unacked(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$acks$new_unacked


module nic_core$requester$acks$recheck(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$acks$recheck


module nic_core$requester$acks$response_length(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$acks$response_length


module nic_core$requester$acks$response_opcode(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$acks$response_opcode


module nic_core$requester$acks$response_psn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$acks$response_psn


module nic_core$requester$acks$retiring_read(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$acks$retiring_read


module nic_core$requester$acks$syndrome(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$acks$syndrome


module nic_core$requester$admit_blocked(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$admit_blocked


module nic_core$requester$clear_qp(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$clear_qp


module nic_core$requester$completions(clock,reset,free,load,load_qp,load_tag,load_status,cpl_valid,cpl_ready,cpl_qp,cpl_tag,cpl_status);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    output reg  free;
    input wire  load;
    input wire  [3:0] load_qp;
    input wire  [7:0] load_tag;
    input wire  [2:0] load_status;
    output reg  cpl_valid;
    input wire  cpl_ready;
    output reg  [3:0] cpl_qp;
    output reg  [7:0] cpl_tag;
    output reg  [2:0] cpl_status;
    
    // Stub signals
    reg  cpl_full$d;
    wire  cpl_full$q;
    reg  cpl_full$clock;
    reg  [3:0] cpl_qp_reg$d;
    wire  [3:0] cpl_qp_reg$q;
    reg  cpl_qp_reg$clock;
    reg  [7:0] cpl_tag_reg$d;
    wire  [7:0] cpl_tag_reg$q;
    reg  cpl_tag_reg$clock;
    reg  [2:0] cpl_status_reg$d;
    wire  [2:0] cpl_status_reg$q;
    reg  cpl_status_reg$clock;
    
    // Sub module instances
    nic_core$requester$completions$cpl_full cpl_full(
        .d(cpl_full$d),
        .q(cpl_full$q),
        .clock(cpl_full$clock)
    );
    nic_core$requester$completions$cpl_qp_reg cpl_qp_reg(
        .d(cpl_qp_reg$d),
        .q(cpl_qp_reg$q),
        .clock(cpl_qp_reg$clock)
    );
    nic_core$requester$completions$cpl_tag_reg cpl_tag_reg(
        .d(cpl_tag_reg$d),
        .q(cpl_tag_reg$q),
        .clock(cpl_tag_reg$clock)
    );
    nic_core$requester$completions$cpl_status_reg cpl_status_reg(
        .d(cpl_status_reg$d),
        .q(cpl_status_reg$q),
        .clock(cpl_status_reg$clock)
    );
    
    // Update code
    always @(*) begin
        cpl_full$clock = clock;
        cpl_qp_reg$clock = clock;
        cpl_tag_reg$clock = clock;
        cpl_status_reg$clock = clock;
        cpl_full$d = cpl_full$q;
        cpl_qp_reg$d = cpl_qp_reg$q;
        cpl_tag_reg$d = cpl_tag_reg$q;
        cpl_status_reg$d = cpl_status_reg$q;
        cpl_valid = cpl_full$q;
        cpl_qp = cpl_qp_reg$q;
        cpl_tag = cpl_tag_reg$q;
        cpl_status = cpl_status_reg$q;
        if (cpl_ready) begin
            cpl_full$d = 1'b0;
        end
        free = ~cpl_full$q | cpl_ready;
        if (load) begin
            cpl_full$d = 1'b1;
            cpl_qp_reg$d = load_qp;
            cpl_tag_reg$d = load_tag;
            cpl_status_reg$d = load_status;
        end
        if (reset) begin
            cpl_full$d = 1'b0;
        end
    end
    
endmodule // nic_core$requester$completions


module nic_core$requester$completions$cpl_full(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$completions$cpl_full


module nic_core$requester$completions$cpl_qp_reg(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$completions$cpl_qp_reg


module nic_core$requester$completions$cpl_status_reg(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$completions$cpl_status_reg


module nic_core$requester$completions$cpl_tag_reg(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$completions$cpl_tag_reg


module nic_core$requester$contexts(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [198:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [198:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[198:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$requester$contexts


module nic_core$requester$copier(clock,reset,start,start_empty,start_qp,start_word,start_words,start_packets,start_tag,discard,published,s_axis_wr_tdata,s_axis_wr_tlast,s_axis_wr_tvalid,s_axis_wr_tready,ring_write_enable,ring_write_address,ring_write_data,busy,done,failed,qp,tag,words,packets);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    input wire  start_empty;
    input wire  [3:0] start_qp;
    input wire  [15:0] start_word;
    input wire  [15:0] start_words;
    input wire  [23:0] start_packets;
    input wire  [7:0] start_tag;
    input wire  discard;
    input wire  published;
    input wire  [63:0] s_axis_wr_tdata;
    input wire  s_axis_wr_tlast;
    input wire  s_axis_wr_tvalid;
    output reg  s_axis_wr_tready;
    output reg  ring_write_enable;
    output reg  [15:0] ring_write_address;
    output reg  [63:0] ring_write_data;
    output reg  busy;
    output reg  done;
    output reg  failed;
    output reg  [3:0] qp;
    output reg  [7:0] tag;
    output reg  [15:0] words;
    output reg  [23:0] packets;
    
    // Constant declarations
    localparam  ring_shift = 8'hc;
    localparam  ring_mask = 16'hfff;
    localparam  one_word = 16'h1;
    
    // Stub signals
    reg  copy_busy$d;
    wire  copy_busy$q;
    reg  copy_busy$clock;
    reg  copy_discard$d;
    wire  copy_discard$q;
    reg  copy_discard$clock;
    reg  [3:0] copy_qp$d;
    wire  [3:0] copy_qp$q;
    reg  copy_qp$clock;
    reg  [15:0] copy_word$d;
    wire  [15:0] copy_word$q;
    reg  copy_word$clock;
    reg  [15:0] copy_left$d;
    wire  [15:0] copy_left$q;
    reg  copy_left$clock;
    reg  [15:0] copy_words$d;
    wire  [15:0] copy_words$q;
    reg  copy_words$clock;
    reg  [23:0] copy_packets$d;
    wire  [23:0] copy_packets$q;
    reg  copy_packets$clock;
    reg  [7:0] copy_tag$d;
    wire  [7:0] copy_tag$q;
    reg  copy_tag$clock;
    reg  copy_failed$d;
    wire  copy_failed$q;
    reg  copy_failed$clock;
    reg  copy_done$d;
    wire  copy_done$q;
    reg  copy_done$clock;
    
    // Local signals
    reg  [15:0] copy_offset;
    
    // Sub module instances
    nic_core$requester$copier$copy_busy copy_busy(
        .d(copy_busy$d),
        .q(copy_busy$q),
        .clock(copy_busy$clock)
    );
    nic_core$requester$copier$copy_discard copy_discard(
        .d(copy_discard$d),
        .q(copy_discard$q),
        .clock(copy_discard$clock)
    );
    nic_core$requester$copier$copy_qp copy_qp(
        .d(copy_qp$d),
        .q(copy_qp$q),
        .clock(copy_qp$clock)
    );
    nic_core$requester$copier$copy_word copy_word(
        .d(copy_word$d),
        .q(copy_word$q),
        .clock(copy_word$clock)
    );
    nic_core$requester$copier$copy_left copy_left(
        .d(copy_left$d),
        .q(copy_left$q),
        .clock(copy_left$clock)
    );
    nic_core$requester$copier$copy_words copy_words(
        .d(copy_words$d),
        .q(copy_words$q),
        .clock(copy_words$clock)
    );
    nic_core$requester$copier$copy_packets copy_packets(
        .d(copy_packets$d),
        .q(copy_packets$q),
        .clock(copy_packets$clock)
    );
    nic_core$requester$copier$copy_tag copy_tag(
        .d(copy_tag$d),
        .q(copy_tag$q),
        .clock(copy_tag$clock)
    );
    nic_core$requester$copier$copy_failed copy_failed(
        .d(copy_failed$d),
        .q(copy_failed$q),
        .clock(copy_failed$clock)
    );
    nic_core$requester$copier$copy_done copy_done(
        .d(copy_done$d),
        .q(copy_done$q),
        .clock(copy_done$clock)
    );
    
    // Update code
    always @(*) begin
        copy_busy$clock = clock;
        copy_discard$clock = clock;
        copy_qp$clock = clock;
        copy_word$clock = clock;
        copy_left$clock = clock;
        copy_words$clock = clock;
        copy_packets$clock = clock;
        copy_tag$clock = clock;
        copy_failed$clock = clock;
        copy_done$clock = clock;
        copy_busy$d = copy_busy$q;
        copy_discard$d = copy_discard$q;
        copy_qp$d = copy_qp$q;
        copy_word$d = copy_word$q;
        copy_left$d = copy_left$q;
        copy_words$d = copy_words$q;
        copy_packets$d = copy_packets$q;
        copy_tag$d = copy_tag$q;
        copy_failed$d = copy_failed$q;
        copy_done$d = copy_done$q;
        busy = copy_busy$q;
        done = copy_done$q;
        failed = copy_failed$q;
        qp = copy_qp$q;
        tag = copy_tag$q;
        words = copy_words$q;
        packets = copy_packets$q;
        s_axis_wr_tready = copy_busy$q;
        ring_write_enable = 1'b0;
        copy_offset = ((copy_word$q & ring_mask) & 16'hffff);
        ring_write_address = (((copy_qp$q) & 16'hffff) << ring_shift) | copy_offset;
        ring_write_data = s_axis_wr_tdata;
        if (copy_busy$q & s_axis_wr_tvalid) begin
            if (~copy_discard$q) begin
                ring_write_enable = 1'b1;
                copy_word$d = copy_word$q + one_word;
                copy_left$d = copy_left$q - one_word;
                if (s_axis_wr_tlast) begin
                    copy_busy$d = 1'b0;
                    copy_done$d = 1'b1;
                    copy_failed$d = copy_left$q != one_word;
                end
                else if (copy_left$q == one_word) begin
                    copy_discard$d = 1'b1;
                    copy_failed$d = 1'b1;
                end
            end
            else if (s_axis_wr_tlast) begin
                copy_busy$d = 1'b0;
                copy_done$d = copy_failed$q;
            end
        end
        if (start) begin
            copy_qp$d = start_qp;
            copy_word$d = start_word;
            copy_left$d = start_words;
            copy_words$d = start_words;
            copy_packets$d = start_packets;
            copy_tag$d = start_tag;
            copy_failed$d = 1'b0;
            copy_discard$d = 1'b0;
            if (start_empty) begin
                copy_done$d = 1'b1;
            end
            else begin
                copy_busy$d = 1'b1;
            end
        end
        if (discard) begin
            copy_busy$d = 1'b1;
            copy_discard$d = 1'b1;
            copy_failed$d = 1'b0;
        end
        if (published) begin
            copy_done$d = 1'b0;
        end
        if (reset) begin
            copy_busy$d = 1'b0;
            copy_done$d = 1'b0;
        end
    end
    
endmodule // nic_core$requester$copier


module nic_core$requester$copier$copy_busy(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$copier$copy_busy


module nic_core$requester$copier$copy_discard(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$copier$copy_discard


module nic_core$requester$copier$copy_done(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$copier$copy_done


module nic_core$requester$copier$copy_failed(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$copier$copy_failed


module nic_core$requester$copier$copy_left(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$copier$copy_left


module nic_core$requester$copier$copy_packets(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$copier$copy_packets


module nic_core$requester$copier$copy_qp(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$copier$copy_qp


module nic_core$requester$copier$copy_tag(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$copier$copy_tag


module nic_core$requester$copier$copy_word(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$copier$copy_word


module nic_core$requester$copier$copy_words(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$copier$copy_words


module nic_core$requester$count_event(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$count_event


module nic_core$requester$count_which(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$count_which


module nic_core$requester$counters(clock,reset,count,count_index,read_index,read_value,ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  count;
    input wire  [4:0] count_index;
    input wire  [4:0] read_index;
    output reg  [31:0] read_value;
    output reg  ready;
    
    // Constant declarations
    localparam  zero_index = 5'b0;
    localparam  zero = 32'h0;
    localparam  one = 32'h1;
    localparam  last_index = 5'b11111;
    localparam  one_index = 5'b1;
    
    // Stub signals
    reg  [4:0] tally$read_address;
    reg  tally$read_clock;
    wire  [31:0] tally$read_data;
    reg  [4:0] tally$write_address;
    reg  tally$write_clock;
    reg  [31:0] tally$write_data;
    reg  tally$write_enable;
    reg  [4:0] shadow$read_address;
    reg  shadow$read_clock;
    wire  [31:0] shadow$read_data;
    reg  [4:0] shadow$write_address;
    reg  shadow$write_clock;
    reg  [31:0] shadow$write_data;
    reg  shadow$write_enable;
    reg  pending$d;
    wire  pending$q;
    reg  pending$clock;
    reg  [4:0] pending_index$d;
    wire  [4:0] pending_index$q;
    reg  pending_index$clock;
    reg  held$d;
    wire  held$q;
    reg  held$clock;
    reg  [4:0] held_index$d;
    wire  [4:0] held_index$q;
    reg  held_index$clock;
    reg  [31:0] held_value$d;
    wire  [31:0] held_value$q;
    reg  held_value$clock;
    reg  clearing$d;
    wire  clearing$q;
    reg  clearing$clock;
    reg  [4:0] clear_index$d;
    wire  [4:0] clear_index$q;
    reg  clear_index$clock;
    
    // Local signals
    reg  write_enable;
    reg  [4:0] write_address;
    reg  [31:0] write_data;
    
    // Sub module instances
    nic_core$requester$counters$tally tally(
        .read_address(tally$read_address),
        .read_clock(tally$read_clock),
        .read_data(tally$read_data),
        .write_address(tally$write_address),
        .write_clock(tally$write_clock),
        .write_data(tally$write_data),
        .write_enable(tally$write_enable)
    );
    nic_core$requester$counters$shadow shadow(
        .read_address(shadow$read_address),
        .read_clock(shadow$read_clock),
        .read_data(shadow$read_data),
        .write_address(shadow$write_address),
        .write_clock(shadow$write_clock),
        .write_data(shadow$write_data),
        .write_enable(shadow$write_enable)
    );
    nic_core$requester$counters$pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    nic_core$requester$counters$pending_index pending_index(
        .d(pending_index$d),
        .q(pending_index$q),
        .clock(pending_index$clock)
    );
    nic_core$requester$counters$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    nic_core$requester$counters$held_index held_index(
        .d(held_index$d),
        .q(held_index$q),
        .clock(held_index$clock)
    );
    nic_core$requester$counters$held_value held_value(
        .d(held_value$d),
        .q(held_value$q),
        .clock(held_value$clock)
    );
    nic_core$requester$counters$clearing clearing(
        .d(clearing$d),
        .q(clearing$q),
        .clock(clearing$clock)
    );
    nic_core$requester$counters$clear_index clear_index(
        .d(clear_index$d),
        .q(clear_index$q),
        .clock(clear_index$clock)
    );
    
    // Update code
    always @(*) begin
        pending$clock = clock;
        pending_index$clock = clock;
        held$clock = clock;
        held_index$clock = clock;
        held_value$clock = clock;
        clearing$clock = clock;
        clear_index$clock = clock;
        pending$d = pending$q;
        pending_index$d = pending_index$q;
        held$d = held$q;
        held_index$d = held_index$q;
        held_value$d = held_value$q;
        clearing$d = clearing$q;
        clear_index$d = clear_index$q;
        tally$read_clock = clock;
        tally$write_clock = clock;
        shadow$read_clock = clock;
        shadow$write_clock = clock;
        tally$read_address = count_index;
        shadow$read_address = read_index;
        read_value = shadow$read_data;
        pending$d = count & ~clearing$q;
        pending_index$d = count_index;
        held$d = pending$q;
        held_index$d = pending_index$q;
        held_value$d = tally$read_data;
        write_enable = held$q;
        write_address = held_index$q;
        write_data = held_value$q + one;
        if (clearing$q) begin
            write_enable = 1'b1;
            write_address = clear_index$q;
            write_data = zero;
            clear_index$d = clear_index$q + one_index;
            if (clear_index$q == last_index) begin
                clearing$d = 1'b0;
            end
        end
        tally$write_enable = write_enable;
        tally$write_address = write_address;
        tally$write_data = write_data;
        shadow$write_enable = write_enable;
        shadow$write_address = write_address;
        shadow$write_data = write_data;
        ready = ~clearing$q;
        if (reset) begin
            pending$d = 1'b0;
            held$d = 1'b0;
            clearing$d = 1'b1;
            clear_index$d = zero_index;
        end
    end
    
endmodule // nic_core$requester$counters


module nic_core$requester$counters$clear_index(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$counters$clear_index


module nic_core$requester$counters$clearing(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$counters$clearing


module nic_core$requester$counters$held(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$counters$held


module nic_core$requester$counters$held_index(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$counters$held_index


module nic_core$requester$counters$held_value(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$counters$held_value


module nic_core$requester$counters$pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$counters$pending


module nic_core$requester$counters$pending_index(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$counters$pending_index


module nic_core$requester$counters$shadow(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    initial begin
    mem[5'b0] = 32'h0;
    mem[5'b1] = 32'h0;
    mem[5'b10] = 32'h0;
    mem[5'b11] = 32'h0;
    mem[5'b100] = 32'h0;
    mem[5'b101] = 32'h0;
    mem[5'b110] = 32'h0;
    mem[5'b111] = 32'h0;
    mem[5'b1000] = 32'h0;
    mem[5'b1001] = 32'h0;
    mem[5'b1010] = 32'h0;
    mem[5'b1011] = 32'h0;
    mem[5'b1100] = 32'h0;
    mem[5'b1101] = 32'h0;
    mem[5'b1110] = 32'h0;
    mem[5'b1111] = 32'h0;
    mem[5'b10000] = 32'h0;
    mem[5'b10001] = 32'h0;
    mem[5'b10010] = 32'h0;
    mem[5'b10011] = 32'h0;
    mem[5'b10100] = 32'h0;
    mem[5'b10101] = 32'h0;
    mem[5'b10110] = 32'h0;
    mem[5'b10111] = 32'h0;
    mem[5'b11000] = 32'h0;
    mem[5'b11001] = 32'h0;
    mem[5'b11010] = 32'h0;
    mem[5'b11011] = 32'h0;
    mem[5'b11100] = 32'h0;
    mem[5'b11101] = 32'h0;
    mem[5'b11110] = 32'h0;
    mem[5'b11111] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$requester$counters$shadow


module nic_core$requester$counters$tally(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    initial begin
    mem[5'b0] = 32'h0;
    mem[5'b1] = 32'h0;
    mem[5'b10] = 32'h0;
    mem[5'b11] = 32'h0;
    mem[5'b100] = 32'h0;
    mem[5'b101] = 32'h0;
    mem[5'b110] = 32'h0;
    mem[5'b111] = 32'h0;
    mem[5'b1000] = 32'h0;
    mem[5'b1001] = 32'h0;
    mem[5'b1010] = 32'h0;
    mem[5'b1011] = 32'h0;
    mem[5'b1100] = 32'h0;
    mem[5'b1101] = 32'h0;
    mem[5'b1110] = 32'h0;
    mem[5'b1111] = 32'h0;
    mem[5'b10000] = 32'h0;
    mem[5'b10001] = 32'h0;
    mem[5'b10010] = 32'h0;
    mem[5'b10011] = 32'h0;
    mem[5'b10100] = 32'h0;
    mem[5'b10101] = 32'h0;
    mem[5'b10110] = 32'h0;
    mem[5'b10111] = 32'h0;
    mem[5'b11000] = 32'h0;
    mem[5'b11001] = 32'h0;
    mem[5'b11010] = 32'h0;
    mem[5'b11011] = 32'h0;
    mem[5'b11100] = 32'h0;
    mem[5'b11101] = 32'h0;
    mem[5'b11110] = 32'h0;
    mem[5'b11111] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$requester$counters$tally


module nic_core$requester$engine_task(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam RequesterTask$Publish = 0;
    localparam RequesterTask$Respond = 1;
    localparam RequesterTask$Admit = 2;
    localparam RequesterTask$Send = 3;
    localparam RequesterTask$Timer = 4;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$engine_task


module nic_core$requester$errors(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$errors


module nic_core$requester$messages(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [185:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [185:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[185:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$requester$messages


module nic_core$requester$mover(clock,reset,load,load_fields,load_qp,load_word,load_words,idle,ring_read_address,ring_read_data,tx_valid,tx_ready,tx_qp,tx_opcode,tx_psn,tx_ack_req,tx_reth_va,tx_reth_rkey,tx_reth_length,tx_ieth_rkey,tx_payload_length,m_axis_tx_tdata,m_axis_tx_tlast,m_axis_tx_tvalid,m_axis_tx_tready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  load;
    input wire  [213:0] load_fields;
    input wire  [3:0] load_qp;
    input wire  [15:0] load_word;
    input wire  [9:0] load_words;
    output reg  idle;
    output reg  [15:0] ring_read_address;
    input wire  [63:0] ring_read_data;
    output reg  tx_valid;
    input wire  tx_ready;
    output reg  [3:0] tx_qp;
    output reg  [7:0] tx_opcode;
    output reg  [23:0] tx_psn;
    output reg  tx_ack_req;
    output reg  [63:0] tx_reth_va;
    output reg  [31:0] tx_reth_rkey;
    output reg  [31:0] tx_reth_length;
    output reg  [31:0] tx_ieth_rkey;
    output reg  [12:0] tx_payload_length;
    output reg  [63:0] m_axis_tx_tdata;
    output reg  m_axis_tx_tlast;
    output reg  m_axis_tx_tvalid;
    input wire  m_axis_tx_tready;
    
    // Constant declarations
    localparam  ring_shift = 8'hc;
    localparam  ring_mask = 16'hfff;
    localparam  one_word = 16'h1;
    localparam  one_left = 10'b1;
    localparam  none_left = 10'b0;
    
    // Stub signals
    reg  tx_pending$d;
    wire  tx_pending$q;
    reg  tx_pending$clock;
    reg  [213:0] tx_fields$d;
    wire  [213:0] tx_fields$q;
    reg  tx_fields$clock;
    reg  [3:0] move_qp$d;
    wire  [3:0] move_qp$q;
    reg  move_qp$clock;
    reg  [15:0] move_word$d;
    wire  [15:0] move_word$q;
    reg  move_word$clock;
    reg  [9:0] move_left$d;
    wire  [9:0] move_left$q;
    reg  move_left$clock;
    reg  move_primed$d;
    wire  move_primed$q;
    reg  move_primed$clock;
    
    // Local signals
    reg  move_advance;
    reg  [15:0] move_offset;
    
    // Sub module instances
    nic_core$requester$mover$tx_pending tx_pending(
        .d(tx_pending$d),
        .q(tx_pending$q),
        .clock(tx_pending$clock)
    );
    nic_core$requester$mover$tx_fields tx_fields(
        .d(tx_fields$d),
        .q(tx_fields$q),
        .clock(tx_fields$clock)
    );
    nic_core$requester$mover$move_qp move_qp(
        .d(move_qp$d),
        .q(move_qp$q),
        .clock(move_qp$clock)
    );
    nic_core$requester$mover$move_word move_word(
        .d(move_word$d),
        .q(move_word$q),
        .clock(move_word$clock)
    );
    nic_core$requester$mover$move_left move_left(
        .d(move_left$d),
        .q(move_left$q),
        .clock(move_left$clock)
    );
    nic_core$requester$mover$move_primed move_primed(
        .d(move_primed$d),
        .q(move_primed$q),
        .clock(move_primed$clock)
    );
    
    // Update code
    always @(*) begin
        tx_pending$clock = clock;
        tx_fields$clock = clock;
        move_qp$clock = clock;
        move_word$clock = clock;
        move_left$clock = clock;
        move_primed$clock = clock;
        tx_pending$d = tx_pending$q;
        tx_fields$d = tx_fields$q;
        move_qp$d = move_qp$q;
        move_word$d = move_word$q;
        move_left$d = move_left$q;
        move_primed$d = move_primed$q;
        idle = ~tx_pending$q & (move_left$q == none_left);
        tx_valid = tx_pending$q;
        tx_qp = ((tx_fields$q[(64'h0)+:(8)]) & 4'hf);
        tx_opcode = tx_fields$q[(64'h8)+:(8)];
        tx_psn = tx_fields$q[(64'h10)+:(24)];
        tx_ack_req = tx_fields$q[(64'h28)+:(1)];
        tx_reth_va = tx_fields$q[(64'h29)+:(64)];
        tx_reth_rkey = tx_fields$q[(64'h69)+:(32)];
        tx_reth_length = tx_fields$q[(64'h89)+:(32)];
        tx_ieth_rkey = tx_fields$q[(64'ha9)+:(32)];
        tx_payload_length = tx_fields$q[(64'hc9)+:(13)];
        if (tx_ready) begin
            tx_pending$d = 1'b0;
        end
        m_axis_tx_tvalid = move_primed$q & (move_left$q != none_left);
        m_axis_tx_tdata = ring_read_data;
        m_axis_tx_tlast = move_left$q == one_left;
        move_advance = m_axis_tx_tvalid & m_axis_tx_tready;
        move_offset = ((move_word$q & ring_mask) & 16'hffff);
        if (move_advance) begin
            move_word$d = move_word$q + one_word;
            move_left$d = move_left$q - one_left;
            move_offset = (((move_word$q + one_word) & ring_mask) & 16'hffff);
        end
        ring_read_address = (((move_qp$q) & 16'hffff) << ring_shift) | move_offset;
        move_primed$d = move_left$q != none_left;
        if (move_advance & (move_left$q == one_left)) begin
            move_primed$d = 1'b0;
        end
        if (load) begin
            tx_pending$d = 1'b1;
            tx_fields$d = load_fields;
            move_qp$d = load_qp;
            move_word$d = load_word;
            move_left$d = load_words;
        end
        if (reset) begin
            tx_pending$d = 1'b0;
            move_left$d = none_left;
            move_primed$d = 1'b0;
        end
    end
    
endmodule // nic_core$requester$mover


module nic_core$requester$mover$move_left(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$mover$move_left


module nic_core$requester$mover$move_primed(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$mover$move_primed


module nic_core$requester$mover$move_qp(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$mover$move_qp


module nic_core$requester$mover$move_word(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$mover$move_word


module nic_core$requester$mover$tx_fields(d,q,clock);
    
    // Module arguments
    input wire  [213:0] d;
    output reg  [213:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 214'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$mover$tx_fields


module nic_core$requester$mover$tx_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$mover$tx_pending


module nic_core$requester$now(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$now


module nic_core$requester$pending(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$pending


module nic_core$requester$prescale(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$prescale


module nic_core$requester$qp(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$qp


module nic_core$requester$qp_state(d,q,clock);
    
    // Module arguments
    input wire  [198:0] d;
    output reg  [198:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 199'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$qp_state


module nic_core$requester$read_pass(clock,reset,load,load_busy,load_deliver,load_message_end,load_qp,load_tag,load_length,busy,s_axis_resp_tdata,s_axis_resp_tlast,s_axis_resp_tvalid,s_axis_resp_tready,m_axis_read_tdata,m_axis_read_tlast,m_axis_read_tvalid,m_axis_read_tready,read_qp,read_tag,read_length,read_last);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  load;
    input wire  load_busy;
    input wire  load_deliver;
    input wire  load_message_end;
    input wire  [3:0] load_qp;
    input wire  [7:0] load_tag;
    input wire  [12:0] load_length;
    output reg  busy;
    input wire  [63:0] s_axis_resp_tdata;
    input wire  s_axis_resp_tlast;
    input wire  s_axis_resp_tvalid;
    output reg  s_axis_resp_tready;
    output reg  [63:0] m_axis_read_tdata;
    output reg  m_axis_read_tlast;
    output reg  m_axis_read_tvalid;
    input wire  m_axis_read_tready;
    output reg  [3:0] read_qp;
    output reg  [7:0] read_tag;
    output reg  [12:0] read_length;
    output reg  read_last;
    
    // Stub signals
    reg  read_busy$d;
    wire  read_busy$q;
    reg  read_busy$clock;
    reg  read_deliver$d;
    wire  read_deliver$q;
    reg  read_deliver$clock;
    reg  read_message_end$d;
    wire  read_message_end$q;
    reg  read_message_end$clock;
    reg  [3:0] read_qp_reg$d;
    wire  [3:0] read_qp_reg$q;
    reg  read_qp_reg$clock;
    reg  [7:0] read_tag_reg$d;
    wire  [7:0] read_tag_reg$q;
    reg  read_tag_reg$clock;
    reg  [12:0] read_length_reg$d;
    wire  [12:0] read_length_reg$q;
    reg  read_length_reg$clock;
    
    // Sub module instances
    nic_core$requester$read_pass$read_busy read_busy(
        .d(read_busy$d),
        .q(read_busy$q),
        .clock(read_busy$clock)
    );
    nic_core$requester$read_pass$read_deliver read_deliver(
        .d(read_deliver$d),
        .q(read_deliver$q),
        .clock(read_deliver$clock)
    );
    nic_core$requester$read_pass$read_message_end read_message_end(
        .d(read_message_end$d),
        .q(read_message_end$q),
        .clock(read_message_end$clock)
    );
    nic_core$requester$read_pass$read_qp_reg read_qp_reg(
        .d(read_qp_reg$d),
        .q(read_qp_reg$q),
        .clock(read_qp_reg$clock)
    );
    nic_core$requester$read_pass$read_tag_reg read_tag_reg(
        .d(read_tag_reg$d),
        .q(read_tag_reg$q),
        .clock(read_tag_reg$clock)
    );
    nic_core$requester$read_pass$read_length_reg read_length_reg(
        .d(read_length_reg$d),
        .q(read_length_reg$q),
        .clock(read_length_reg$clock)
    );
    
    // Update code
    always @(*) begin
        read_busy$clock = clock;
        read_deliver$clock = clock;
        read_message_end$clock = clock;
        read_qp_reg$clock = clock;
        read_tag_reg$clock = clock;
        read_length_reg$clock = clock;
        read_busy$d = read_busy$q;
        read_deliver$d = read_deliver$q;
        read_message_end$d = read_message_end$q;
        read_qp_reg$d = read_qp_reg$q;
        read_tag_reg$d = read_tag_reg$q;
        read_length_reg$d = read_length_reg$q;
        busy = read_busy$q;
        s_axis_resp_tready = read_busy$q & (~read_deliver$q | m_axis_read_tready);
        m_axis_read_tvalid = read_busy$q & read_deliver$q & s_axis_resp_tvalid;
        m_axis_read_tdata = s_axis_resp_tdata;
        m_axis_read_tlast = s_axis_resp_tlast;
        read_qp = read_qp_reg$q;
        read_tag = read_tag_reg$q;
        read_length = read_length_reg$q;
        read_last = read_message_end$q;
        if (s_axis_resp_tvalid & s_axis_resp_tready & s_axis_resp_tlast) begin
            read_busy$d = 1'b0;
        end
        if (load) begin
            read_busy$d = load_busy;
            read_deliver$d = load_deliver;
            read_message_end$d = load_message_end;
            read_qp_reg$d = load_qp;
            read_tag_reg$d = load_tag;
            read_length_reg$d = load_length;
        end
        if (reset) begin
            read_busy$d = 1'b0;
        end
    end
    
endmodule // nic_core$requester$read_pass


module nic_core$requester$read_pass$read_busy(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$read_pass$read_busy


module nic_core$requester$read_pass$read_deliver(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$read_pass$read_deliver


module nic_core$requester$read_pass$read_length_reg(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$read_pass$read_length_reg


module nic_core$requester$read_pass$read_message_end(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$read_pass$read_message_end


module nic_core$requester$read_pass$read_qp_reg(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$read_pass$read_qp_reg


module nic_core$requester$read_pass$read_tag_reg(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$read_pass$read_tag_reg


module nic_core$requester$ring(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [15:0] read_address;
    input wire  read_clock;
    output reg  [63:0] read_data;
    input wire  [15:0] write_address;
    input wire  write_clock;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[63:0] mem[65535:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$requester$ring


module nic_core$requester$send_scan(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$send_scan


module nic_core$requester$sender(clock,step,active,qp,qp_context,send_message,now,wr_length,wr_kind,wr_va,wr_rkey,wr_tag,copy_failed,copy_tag,copy_words,copy_packets,completion_free,count_event,count_which,qp_context_next,step_next,count_event_next,count_which_next,wr_accept,admit_block,message_write,message_record,copy_start,copy_empty,wr_words,wr_packets,copy_discard,copy_published,complete,complete_tag,complete_status,packet_load,packet_fields,packet_word,packet_words);
    
    // Module arguments
    input wire  clock;
    input wire  [3:0] step;
    output reg  active;
    input wire  [3:0] qp;
    input wire  [198:0] qp_context;
    input wire  [185:0] send_message;
    input wire  [15:0] now;
    input wire  [15:0] wr_length;
    input wire  [1:0] wr_kind;
    input wire  [63:0] wr_va;
    input wire  [31:0] wr_rkey;
    input wire  [7:0] wr_tag;
    input wire  copy_failed;
    input wire  [7:0] copy_tag;
    input wire  [15:0] copy_words;
    input wire  [23:0] copy_packets;
    input wire  completion_free;
    input wire  count_event;
    input wire  [4:0] count_which;
    output reg  [198:0] qp_context_next;
    output reg  [3:0] step_next;
    output reg  count_event_next;
    output reg  [4:0] count_which_next;
    output reg  wr_accept;
    output reg  admit_block;
    output reg  message_write;
    output reg  [185:0] message_record;
    output reg  copy_start;
    output reg  copy_empty;
    output reg  [15:0] wr_words;
    output reg  [23:0] wr_packets;
    output reg  copy_discard;
    output reg  copy_published;
    output reg  complete;
    output reg  [7:0] complete_tag;
    output reg  [2:0] complete_status;
    output reg  packet_load;
    output reg  [213:0] packet_fields;
    output reg  [15:0] packet_word;
    output reg  [9:0] packet_words;
    
    // Constant declarations
    localparam  slots = 8'h8;
    localparam  ring_words = 16'h1000;
    localparam  blank_packet = 214'h0;
    localparam  one_psn = 24'h1;
    localparam  one_slot = 8'h1;
    localparam  one_byte = 16'h1;
    localparam  word_round_up = 16'h7;
    localparam  no_bytes = 16'h0;
    localparam  no_words = 10'b0;
    localparam  no_payload = 13'b0;
    localparam  first_bit = 4'h2;
    localparam  last_bit = 4'h1;
    localparam  mtu_base_shift = 8'h8;
    localparam  ack_req_psn = 3'b111;
    localparam  kind_read = 2'b11;
    localparam  status_length = 3'b11;
    localparam  status_flushed = 3'b100;
    localparam  event_refused = 5'b1000;
    localparam  event_sent = 5'b0;
    localparam  event_resent = 5'b1;
    
    // Enums
    localparam RequesterStep$Clear = 0;
    localparam RequesterStep$Idle = 1;
    localparam RequesterStep$LoadContext = 2;
    localparam RequesterStep$LoadMessage = 3;
    localparam RequesterStep$Publish = 4;
    localparam RequesterStep$Admit = 5;
    localparam RequesterStep$SendCompute = 6;
    localparam RequesterStep$SendCommit = 7;
    localparam RequesterStep$Respond = 8;
    localparam RequesterStep$ReadCheck = 9;
    localparam RequesterStep$RetireFetch = 10;
    localparam RequesterStep$RetireCheck = 11;
    localparam RequesterStep$RetireWait = 12;
    localparam RequesterStep$Apply = 13;
    localparam RequesterStep$Timer = 14;
    localparam RequesterStep$Commit = 15;
    
    // Stub signals
    reg  [3:0] opcodes$address;
    wire  [7:0] opcodes$data;
    reg  [185:0] message$d;
    wire  [185:0] message$q;
    reg  message$clock;
    reg  [7:0] packet_index$d;
    wire  [7:0] packet_index$q;
    reg  packet_index$clock;
    reg  packet_first$d;
    wire  packet_first$q;
    reg  packet_first$clock;
    reg  packet_last$d;
    wire  packet_last$q;
    reg  packet_last$clock;
    
    // Local signals
    reg  [3:0] opcode_address;
    reg  [7:0] mtu_log2;
    reg  [15:0] mtu_bytes;
    reg  [15:0] wr_packets_16;
    reg  [15:0] ring_used;
    reg  message_is_read;
    reg  [15:0] packet_offset;
    reg  [15:0] remaining_length;
    reg  [2:0] send_psn_low;
    
    // Sub module instances
    nic_core$requester$sender$opcodes opcodes(
        .address(opcodes$address),
        .data(opcodes$data)
    );
    nic_core$requester$sender$message message(
        .d(message$d),
        .q(message$q),
        .clock(message$clock)
    );
    nic_core$requester$sender$packet_index packet_index(
        .d(packet_index$d),
        .q(packet_index$q),
        .clock(packet_index$clock)
    );
    nic_core$requester$sender$packet_first packet_first(
        .d(packet_first$d),
        .q(packet_first$q),
        .clock(packet_first$clock)
    );
    nic_core$requester$sender$packet_last packet_last(
        .d(packet_last$d),
        .q(packet_last$q),
        .clock(packet_last$clock)
    );
    
    // Update code
    always @(*) begin
        message$clock = clock;
        packet_index$clock = clock;
        packet_first$clock = clock;
        packet_last$clock = clock;
        message$d = message$q;
        packet_index$d = packet_index$q;
        packet_first$d = packet_first$q;
        packet_last$d = packet_last$q;
        active = (step == RequesterStep$Publish) | (step == RequesterStep$Admit) | (step == RequesterStep$LoadMessage) | (step == RequesterStep$SendCompute) | (step == RequesterStep$SendCommit);
        qp_context_next = qp_context;
        step_next = step;
        count_event_next = count_event;
        count_which_next = count_which;
        wr_accept = 1'b0;
        admit_block = 1'b0;
        message_write = 1'b0;
        copy_start = 1'b0;
        copy_discard = 1'b0;
        copy_published = 1'b0;
        complete = 1'b0;
        complete_tag = wr_tag;
        complete_status = status_length;
        packet_load = 1'b0;
        mtu_log2 = ((qp_context[(64'ha4)+:(3)]) & 8'hff) + mtu_base_shift;
        mtu_bytes = one_byte << mtu_log2;
        wr_words = (wr_length + word_round_up) >> 32'h3;
        if (wr_kind == kind_read) begin
            wr_words = no_bytes;
        end
        wr_packets = one_psn;
        wr_packets_16 = one_byte;
        if (wr_length != no_bytes) begin
            wr_packets_16 = ((wr_length - one_byte) >> mtu_log2) + one_byte;
            wr_packets = ((wr_packets_16) & 24'hffffff);
        end
        copy_empty = (wr_length == no_bytes) | (wr_kind == kind_read);
        ring_used = qp_context[(64'h7c)+:(16)] - qp_context[(64'h8c)+:(16)];
        message_record = message$q;
        message_record[(64'h0)+:(24)] = qp_context[(64'h4c)+:(24)];
        message_record[(64'h18)+:(24)] = qp_context[(64'h4c)+:(24)] + wr_packets - one_psn;
        message_record[(64'h30)+:(16)] = wr_length;
        message_record[(64'h40)+:(64)] = wr_va;
        message_record[(64'h80)+:(32)] = wr_rkey;
        message_record[(64'ha0)+:(2)] = wr_kind;
        message_record[(64'ha2)+:(8)] = wr_tag;
        message_record[(64'haa)+:(16)] = qp_context[(64'h7c)+:(16)];
        opcode_address = ((message$q[(64'ha0)+:(2)]) & 4'hf) << 32'h2;
        if (packet_first$q) begin
            opcode_address = opcode_address | first_bit;
        end
        if (packet_last$q) begin
            opcode_address = opcode_address | last_bit;
        end
        opcodes$address = opcode_address;
        message_is_read = message$q[(64'ha0)+:(2)] == kind_read;
        packet_offset = ((packet_index$q) & 16'hffff) << mtu_log2;
        remaining_length = message$q[(64'h30)+:(16)] - packet_offset;
        send_psn_low = ((qp_context[(64'h1c)+:(24)]) & 3'h7);
        packet_fields = blank_packet;
        packet_fields[(64'h0)+:(8)] = ((qp) & 8'hff);
        packet_fields[(64'h8)+:(8)] = opcodes$data;
        packet_fields[(64'h10)+:(24)] = qp_context[(64'h1c)+:(24)];
        packet_fields[(64'h28)+:(1)] = packet_last$q | (send_psn_low == ack_req_psn);
        packet_fields[(64'h29)+:(64)] = message$q[(64'h40)+:(64)] + ((packet_offset) & 64'hffffffffffffffff);
        packet_fields[(64'h69)+:(32)] = message$q[(64'h80)+:(32)];
        packet_fields[(64'h89)+:(32)] = ((remaining_length) & 32'hffffffff);
        packet_fields[(64'ha9)+:(32)] = message$q[(64'h80)+:(32)];
        packet_fields[(64'hc9)+:(13)] = ((mtu_bytes) & 13'h1fff);
        packet_word = message$q[(64'haa)+:(16)] + (packet_offset >> 32'h3);
        packet_words = ((mtu_bytes >> 32'h3) & 10'h3ff);
        if (packet_last$q) begin
            packet_fields[(64'hc9)+:(13)] = ((remaining_length) & 13'h1fff);
            packet_words = (((remaining_length + word_round_up) >> 32'h3) & 10'h3ff);
        end
        if (message_is_read) begin
            packet_fields[(64'h28)+:(1)] = 1'b0;
            packet_fields[(64'hc9)+:(13)] = no_payload;
            packet_words = no_words;
        end
        case (step)
            RequesterStep$Publish:
                begin
                    if (~copy_failed & ~qp_context[(64'h1)+:(1)] & qp_context[(64'h0)+:(1)]) begin
                        qp_context_next[(64'h74)+:(8)] = qp_context[(64'h74)+:(8)] + one_slot;
                        qp_context_next[(64'h4c)+:(24)] = qp_context[(64'h4c)+:(24)] + copy_packets;
                        qp_context_next[(64'h7c)+:(16)] = qp_context[(64'h7c)+:(16)] + copy_words;
                        copy_published = 1'b1;
                        step_next = RequesterStep$Commit;
                    end
                    else if (completion_free) begin
                        complete = 1'b1;
                        complete_tag = copy_tag;
                        if (~copy_failed) begin
                            complete_status = status_flushed;
                        end
                        count_event_next = 1'b1;
                        count_which_next = event_refused;
                        copy_published = 1'b1;
                        step_next = RequesterStep$Commit;
                    end
                end
            RequesterStep$Admit:
                begin
                    if (~qp_context[(64'h0)+:(1)] | qp_context[(64'h1)+:(1)] | ((wr_length > (ring_words << 32'h3)) & (wr_kind != kind_read))) begin
                        if (completion_free) begin
                            complete = 1'b1;
                            if (~qp_context[(64'h0)+:(1)] | qp_context[(64'h1)+:(1)]) begin
                                complete_status = status_flushed;
                            end
                            wr_accept = 1'b1;
                            count_event_next = 1'b1;
                            count_which_next = event_refused;
                            if ((wr_length != no_bytes) & (wr_kind != kind_read)) begin
                                copy_discard = 1'b1;
                            end
                            step_next = RequesterStep$Commit;
                        end
                    end
                    else if (((qp_context[(64'h74)+:(8)] - qp_context[(64'h64)+:(8)]) == slots) | ((ring_words - ring_used) < wr_words)) begin
                        admit_block = 1'b1;
                        step_next = RequesterStep$Idle;
                    end
                    else begin
                        wr_accept = 1'b1;
                        message_write = 1'b1;
                        copy_start = 1'b1;
                        step_next = RequesterStep$Idle;
                    end
                end
            RequesterStep$LoadMessage:
                begin
                    message$d = send_message;
                    step_next = RequesterStep$SendCompute;
                end
            RequesterStep$SendCompute:
                begin
                    packet_index$d = ((qp_context[(64'h1c)+:(24)] - message$q[(64'h0)+:(24)]) & 8'hff);
                    packet_first$d = qp_context[(64'h1c)+:(24)] == message$q[(64'h0)+:(24)];
                    packet_last$d = qp_context[(64'h1c)+:(24)] == message$q[(64'h18)+:(24)];
                    step_next = RequesterStep$SendCommit;
                end
            RequesterStep$SendCommit:
                begin
                    packet_load = 1'b1;
                    if (packet_last$q | message_is_read) begin
                        qp_context_next[(64'h6c)+:(8)] = qp_context[(64'h6c)+:(8)] + one_slot;
                    end
                    qp_context_next[(64'h1c)+:(24)] = qp_context[(64'h1c)+:(24)] + one_psn;
                    count_event_next = 1'b1;
                    count_which_next = event_resent;
                    if (qp_context[(64'h1c)+:(24)] == qp_context[(64'h34)+:(24)]) begin
                        qp_context_next[(64'h34)+:(24)] = qp_context[(64'h34)+:(24)] + one_psn;
                        count_which_next = event_sent;
                    end
                    if (message_is_read) begin
                        qp_context_next[(64'h1c)+:(24)] = message$q[(64'h18)+:(24)] + one_psn;
                        if (qp_context[(64'h1c)+:(24)] == qp_context[(64'h34)+:(24)]) begin
                            qp_context_next[(64'h34)+:(24)] = message$q[(64'h18)+:(24)] + one_psn;
                        end
                    end
                    if (qp_context[(64'h4)+:(24)] == qp_context[(64'h34)+:(24)]) begin
                        qp_context_next[(64'hb7)+:(16)] = now;
                    end
                    step_next = RequesterStep$Commit;
                end
            default:
                begin
                end
        endcase
    end
    
endmodule // nic_core$requester$sender


module nic_core$requester$sender$message(d,q,clock);
    
    // Module arguments
    input wire  [185:0] d;
    output reg  [185:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 186'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$sender$message


module nic_core$requester$sender$opcodes(address,data);
    
    // Module arguments
    input wire  [3:0] address;
    output reg  [7:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        4'h0: data = 8'h1;
      4'h1: data = 8'h2;
      4'h2: data = 8'h0;
      4'h3: data = 8'h4;
      4'h4: data = 8'h1;
      4'h5: data = 8'h16;
      4'h6: data = 8'h0;
      4'h7: data = 8'h17;
      4'h8: data = 8'h7;
      4'h9: data = 8'h8;
      4'ha: data = 8'h6;
      4'hb: data = 8'ha;
      4'hc: data = 8'hc;
      4'hd: data = 8'hc;
      4'he: data = 8'hc;
      4'hf: data = 8'hc;
      default: data = 8'h0;
    endcase
            
endmodule // nic_core$requester$sender$opcodes


module nic_core$requester$sender$packet_first(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$sender$packet_first


module nic_core$requester$sender$packet_index(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$sender$packet_index


module nic_core$requester$sender$packet_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$sender$packet_last


module nic_core$requester$step(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam RequesterStep$Clear = 0;
    localparam RequesterStep$Idle = 1;
    localparam RequesterStep$LoadContext = 2;
    localparam RequesterStep$LoadMessage = 3;
    localparam RequesterStep$Publish = 4;
    localparam RequesterStep$Admit = 5;
    localparam RequesterStep$SendCompute = 6;
    localparam RequesterStep$SendCommit = 7;
    localparam RequesterStep$Respond = 8;
    localparam RequesterStep$ReadCheck = 9;
    localparam RequesterStep$RetireFetch = 10;
    localparam RequesterStep$RetireCheck = 11;
    localparam RequesterStep$RetireWait = 12;
    localparam RequesterStep$Apply = 13;
    localparam RequesterStep$Timer = 14;
    localparam RequesterStep$Commit = 15;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$step


module nic_core$requester$timer_scan(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$requester$timer_scan


module nic_core$responder(clock,reset,req_valid,req_ready,req_qp,req_opcode,req_psn,req_ack_req,req_consumer_full,rnr_timer,cfg_valid,cfg_ready,cfg_qp,cfg_expected_psn,verdict_valid,verdict_ready,verdict_qp,verdict_outcome,verdict_deliver,verdict_send_aeth,verdict_syndrome,verdict_psn,verdict_msn,counter_read_index,counter_read_value,counters_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  req_valid;
    output reg  req_ready;
    input wire  [3:0] req_qp;
    input wire  [7:0] req_opcode;
    input wire  [23:0] req_psn;
    input wire  req_ack_req;
    input wire  req_consumer_full;
    input wire  [4:0] rnr_timer;
    input wire  cfg_valid;
    output reg  cfg_ready;
    input wire  [3:0] cfg_qp;
    input wire  [23:0] cfg_expected_psn;
    output reg  verdict_valid;
    input wire  verdict_ready;
    output reg  [3:0] verdict_qp;
    output reg  [2:0] verdict_outcome;
    output reg  verdict_deliver;
    output reg  verdict_send_aeth;
    output reg  [7:0] verdict_syndrome;
    output reg  [23:0] verdict_psn;
    output reg  [23:0] verdict_msn;
    input wire  [4:0] counter_read_index;
    output reg  [31:0] counter_read_value;
    output reg  counters_ready;
    
    // Constant declarations
    localparam  empty_context = 50'h0;
    localparam  zero_qp = 4'h0;
    localparam  one_qp = 4'h1;
    localparam  last_qp = 4'hf;
    localparam  one_psn = 24'h1;
    localparam  zero_psn = 24'h0;
    localparam  syndrome_ack = 8'h1f;
    localparam  syndrome_rnr = 8'h20;
    localparam  syndrome_sequence = 8'h60;
    localparam  syndrome_invalid = 8'h61;
    localparam  outcome_acked = 3'b0;
    localparam  outcome_coalesced = 3'b1;
    localparam  outcome_duplicate = 3'b10;
    localparam  outcome_nak = 3'b11;
    localparam  outcome_silent = 3'b100;
    localparam  outcome_rnr = 3'b101;
    localparam  outcome_invalid = 3'b110;
    
    // Enums
    localparam ResponderStep$Clear = 0;
    localparam ResponderStep$Take = 1;
    localparam ResponderStep$Load = 2;
    localparam ResponderStep$Compare = 3;
    localparam ResponderStep$Decide = 4;
    localparam ResponderStep$Commit = 5;
    
    // Stub signals
    reg  [3:0] contexts$read_address;
    reg  contexts$read_clock;
    wire  [49:0] contexts$read_data;
    reg  [3:0] contexts$write_address;
    reg  contexts$write_clock;
    reg  [49:0] contexts$write_data;
    reg  contexts$write_enable;
    reg  [7:0] kinds$address;
    wire  [2:0] kinds$data;
    reg  counters$clock;
    reg  counters$reset;
    reg  counters$count;
    reg  [4:0] counters$count_index;
    reg  [4:0] counters$read_index;
    wire  [31:0] counters$read_value;
    wire  counters$ready;
    reg  [2:0] step$d;
    wire  [2:0] step$q;
    reg  step$clock;
    reg  [3:0] clear_qp$d;
    wire  [3:0] clear_qp$q;
    reg  clear_qp$clock;
    reg  [3:0] qp$d;
    wire  [3:0] qp$q;
    reg  qp$clock;
    reg  [7:0] opcode$d;
    wire  [7:0] opcode$q;
    reg  opcode$clock;
    reg  [23:0] psn$d;
    wire  [23:0] psn$q;
    reg  psn$clock;
    reg  ack_req$d;
    wire  ack_req$q;
    reg  ack_req$clock;
    reg  consumer_full$d;
    wire  consumer_full$q;
    reg  consumer_full$clock;
    reg  [2:0] kind$d;
    wire  [2:0] kind$q;
    reg  kind$clock;
    reg  [49:0] qp_state$d;
    wire  [49:0] qp_state$q;
    reg  qp_state$clock;
    reg  at_expected$d;
    wire  at_expected$q;
    reg  at_expected$clock;
    reg  ahead$d;
    wire  ahead$q;
    reg  ahead$clock;
    reg  [23:0] next_psn$d;
    wire  [23:0] next_psn$q;
    reg  next_psn$clock;
    reg  [23:0] previous_psn$d;
    wire  [23:0] previous_psn$q;
    reg  previous_psn$clock;
    reg  [23:0] next_msn$d;
    wire  [23:0] next_msn$q;
    reg  next_msn$clock;
    reg  [2:0] decided$d;
    wire  [2:0] decided$q;
    reg  decided$clock;
    reg  [49:0] decided_context$d;
    wire  [49:0] decided_context$q;
    reg  decided_context$clock;
    reg  out_valid$d;
    wire  out_valid$q;
    reg  out_valid$clock;
    reg  [3:0] out_qp$d;
    wire  [3:0] out_qp$q;
    reg  out_qp$clock;
    reg  [2:0] out_outcome$d;
    wire  [2:0] out_outcome$q;
    reg  out_outcome$clock;
    reg  out_deliver$d;
    wire  out_deliver$q;
    reg  out_deliver$clock;
    reg  out_send_aeth$d;
    wire  out_send_aeth$q;
    reg  out_send_aeth$clock;
    reg  [7:0] out_syndrome$d;
    wire  [7:0] out_syndrome$q;
    reg  out_syndrome$clock;
    reg  [23:0] out_psn$d;
    wire  [23:0] out_psn$q;
    reg  out_psn$clock;
    reg  [23:0] out_msn$d;
    wire  [23:0] out_msn$q;
    reg  out_msn$clock;
    
    // Local signals
    reg  [23:0] distance;
    reg  [2:0] outcome;
    reg  [49:0] updated;
    
    // Sub module instances
    nic_core$responder$contexts contexts(
        .read_address(contexts$read_address),
        .read_clock(contexts$read_clock),
        .read_data(contexts$read_data),
        .write_address(contexts$write_address),
        .write_clock(contexts$write_clock),
        .write_data(contexts$write_data),
        .write_enable(contexts$write_enable)
    );
    nic_core$responder$kinds kinds(
        .address(kinds$address),
        .data(kinds$data)
    );
    nic_core$responder$counters counters(
        .clock(counters$clock),
        .reset(counters$reset),
        .count(counters$count),
        .count_index(counters$count_index),
        .read_index(counters$read_index),
        .read_value(counters$read_value),
        .ready(counters$ready)
    );
    nic_core$responder$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    nic_core$responder$clear_qp clear_qp(
        .d(clear_qp$d),
        .q(clear_qp$q),
        .clock(clear_qp$clock)
    );
    nic_core$responder$qp qp(
        .d(qp$d),
        .q(qp$q),
        .clock(qp$clock)
    );
    nic_core$responder$opcode opcode(
        .d(opcode$d),
        .q(opcode$q),
        .clock(opcode$clock)
    );
    nic_core$responder$psn psn(
        .d(psn$d),
        .q(psn$q),
        .clock(psn$clock)
    );
    nic_core$responder$ack_req ack_req(
        .d(ack_req$d),
        .q(ack_req$q),
        .clock(ack_req$clock)
    );
    nic_core$responder$consumer_full consumer_full(
        .d(consumer_full$d),
        .q(consumer_full$q),
        .clock(consumer_full$clock)
    );
    nic_core$responder$kind kind(
        .d(kind$d),
        .q(kind$q),
        .clock(kind$clock)
    );
    nic_core$responder$qp_state qp_state(
        .d(qp_state$d),
        .q(qp_state$q),
        .clock(qp_state$clock)
    );
    nic_core$responder$at_expected at_expected(
        .d(at_expected$d),
        .q(at_expected$q),
        .clock(at_expected$clock)
    );
    nic_core$responder$ahead ahead(
        .d(ahead$d),
        .q(ahead$q),
        .clock(ahead$clock)
    );
    nic_core$responder$next_psn next_psn(
        .d(next_psn$d),
        .q(next_psn$q),
        .clock(next_psn$clock)
    );
    nic_core$responder$previous_psn previous_psn(
        .d(previous_psn$d),
        .q(previous_psn$q),
        .clock(previous_psn$clock)
    );
    nic_core$responder$next_msn next_msn(
        .d(next_msn$d),
        .q(next_msn$q),
        .clock(next_msn$clock)
    );
    nic_core$responder$decided decided(
        .d(decided$d),
        .q(decided$q),
        .clock(decided$clock)
    );
    nic_core$responder$decided_context decided_context(
        .d(decided_context$d),
        .q(decided_context$q),
        .clock(decided_context$clock)
    );
    nic_core$responder$out_valid out_valid(
        .d(out_valid$d),
        .q(out_valid$q),
        .clock(out_valid$clock)
    );
    nic_core$responder$out_qp out_qp(
        .d(out_qp$d),
        .q(out_qp$q),
        .clock(out_qp$clock)
    );
    nic_core$responder$out_outcome out_outcome(
        .d(out_outcome$d),
        .q(out_outcome$q),
        .clock(out_outcome$clock)
    );
    nic_core$responder$out_deliver out_deliver(
        .d(out_deliver$d),
        .q(out_deliver$q),
        .clock(out_deliver$clock)
    );
    nic_core$responder$out_send_aeth out_send_aeth(
        .d(out_send_aeth$d),
        .q(out_send_aeth$q),
        .clock(out_send_aeth$clock)
    );
    nic_core$responder$out_syndrome out_syndrome(
        .d(out_syndrome$d),
        .q(out_syndrome$q),
        .clock(out_syndrome$clock)
    );
    nic_core$responder$out_psn out_psn(
        .d(out_psn$d),
        .q(out_psn$q),
        .clock(out_psn$clock)
    );
    nic_core$responder$out_msn out_msn(
        .d(out_msn$d),
        .q(out_msn$q),
        .clock(out_msn$clock)
    );
    
    // Update code
    always @(*) begin
        step$clock = clock;
        clear_qp$clock = clock;
        qp$clock = clock;
        opcode$clock = clock;
        psn$clock = clock;
        ack_req$clock = clock;
        consumer_full$clock = clock;
        kind$clock = clock;
        qp_state$clock = clock;
        at_expected$clock = clock;
        ahead$clock = clock;
        next_psn$clock = clock;
        previous_psn$clock = clock;
        next_msn$clock = clock;
        decided$clock = clock;
        decided_context$clock = clock;
        out_valid$clock = clock;
        out_qp$clock = clock;
        out_outcome$clock = clock;
        out_deliver$clock = clock;
        out_send_aeth$clock = clock;
        out_syndrome$clock = clock;
        out_psn$clock = clock;
        out_msn$clock = clock;
        step$d = step$q;
        clear_qp$d = clear_qp$q;
        qp$d = qp$q;
        opcode$d = opcode$q;
        psn$d = psn$q;
        ack_req$d = ack_req$q;
        consumer_full$d = consumer_full$q;
        kind$d = kind$q;
        qp_state$d = qp_state$q;
        at_expected$d = at_expected$q;
        ahead$d = ahead$q;
        next_psn$d = next_psn$q;
        previous_psn$d = previous_psn$q;
        next_msn$d = next_msn$q;
        decided$d = decided$q;
        decided_context$d = decided_context$q;
        out_valid$d = out_valid$q;
        out_qp$d = out_qp$q;
        out_outcome$d = out_outcome$q;
        out_deliver$d = out_deliver$q;
        out_send_aeth$d = out_send_aeth$q;
        out_syndrome$d = out_syndrome$q;
        out_psn$d = out_psn$q;
        out_msn$d = out_msn$q;
        counters$clock = clock;
        contexts$read_clock = clock;
        contexts$write_clock = clock;
        counters$reset = reset;
        counters$read_index = counter_read_index;
        counter_read_value = counters$read_value;
        counters_ready = counters$ready;
        counters$count = 1'b0;
        verdict_valid = out_valid$q;
        verdict_qp = out_qp$q;
        verdict_outcome = out_outcome$q;
        verdict_deliver = out_deliver$q;
        verdict_send_aeth = out_send_aeth$q;
        verdict_syndrome = out_syndrome$q;
        verdict_psn = out_psn$q;
        verdict_msn = out_msn$q;
        if (verdict_ready) begin
            out_valid$d = 1'b0;
        end
        kinds$address = opcode$q;
        contexts$read_address = qp$q;
        contexts$write_enable = 1'b0;
        contexts$write_address = qp$q;
        req_ready = 1'b0;
        cfg_ready = 1'b0;
        distance = psn$q - qp_state$q[(64'h0)+:(24)];
        at_expected$d = distance == zero_psn;
        ahead$d = ~distance[32'h17] & (distance != zero_psn);
        next_psn$d = qp_state$q[(64'h0)+:(24)] + one_psn;
        previous_psn$d = qp_state$q[(64'h0)+:(24)] - one_psn;
        next_msn$d = qp_state$q[(64'h18)+:(24)];
        if (kind$q[(64'h2)+:(1)]) begin
            next_msn$d = qp_state$q[(64'h18)+:(24)] + one_psn;
        end
        updated = qp_state$q;
        if (at_expected$q) begin
            if (~kind$q[(64'h0)+:(1)] | (kind$q[(64'h1)+:(1)] == qp_state$q[(64'h31)+:(1)])) begin
                outcome = outcome_invalid;
                updated[(64'h30)+:(1)] = 1'b1;
            end
            else if (kind$q[(64'h1)+:(1)] & consumer_full$q) begin
                outcome = outcome_rnr;
                updated[(64'h30)+:(1)] = 1'b1;
            end
            else begin
                if (ack_req$q | kind$q[(64'h2)+:(1)]) begin
                    outcome = outcome_acked;
                end
                else begin
                    outcome = outcome_coalesced;
                end
                updated[(64'h0)+:(24)] = next_psn$q;
                updated[(64'h18)+:(24)] = next_msn$q;
                updated[(64'h30)+:(1)] = 1'b0;
                updated[(64'h31)+:(1)] = ~kind$q[(64'h2)+:(1)];
            end
        end
        else if (ahead$q) begin
            if (qp_state$q[(64'h30)+:(1)]) begin
                outcome = outcome_silent;
            end
            else begin
                outcome = outcome_nak;
                updated[(64'h30)+:(1)] = 1'b1;
            end
        end
        else begin
            outcome = outcome_duplicate;
        end
        decided$d = outcome;
        decided_context$d = updated;
        counters$count_index = ((decided$q) & 5'h1f);
        contexts$write_data = decided_context$q;
        case (step$q)
            ResponderStep$Clear:
                begin
                    contexts$write_enable = 1'b1;
                    contexts$write_address = clear_qp$q;
                    contexts$write_data = empty_context;
                    if (clear_qp$q != last_qp) begin
                        clear_qp$d = clear_qp$q + one_qp;
                    end
                    else if (counters$ready) begin
                        step$d = ResponderStep$Take;
                    end
                end
            ResponderStep$Take:
                begin
                    cfg_ready = 1'b1;
                    req_ready = ~cfg_valid;
                    qp$d = req_qp;
                    opcode$d = req_opcode;
                    psn$d = req_psn;
                    ack_req$d = req_ack_req;
                    consumer_full$d = req_consumer_full;
                    if (cfg_valid) begin
                        contexts$write_enable = 1'b1;
                        contexts$write_address = cfg_qp;
                        contexts$write_data = empty_context;
                        contexts$write_data[(64'h0)+:(24)] = cfg_expected_psn;
                    end
                    else if (req_valid) begin
                        contexts$read_address = req_qp;
                        step$d = ResponderStep$Load;
                    end
                end
            ResponderStep$Load:
                begin
                    kind$d = kinds$data;
                    qp_state$d = contexts$read_data;
                    step$d = ResponderStep$Compare;
                end
            ResponderStep$Compare:
                begin
                    step$d = ResponderStep$Decide;
                end
            ResponderStep$Decide:
                begin
                    step$d = ResponderStep$Commit;
                end
            ResponderStep$Commit:
                begin
                    if (~out_valid$q | verdict_ready) begin
                        contexts$write_enable = 1'b1;
                        counters$count = 1'b1;
                        out_valid$d = 1'b1;
                        out_qp$d = qp$q;
                        out_outcome$d = decided$q;
                        out_deliver$d = 1'b0;
                        out_send_aeth$d = 1'b1;
                        out_syndrome$d = syndrome_ack;
                        out_psn$d = psn$q;
                        out_msn$d = qp_state$q[(64'h18)+:(24)];
                        if (decided$q == outcome_acked) begin
                            out_deliver$d = 1'b1;
                            out_msn$d = next_msn$q;
                        end
                        if (decided$q == outcome_coalesced) begin
                            out_deliver$d = 1'b1;
                            out_send_aeth$d = 1'b0;
                            out_msn$d = next_msn$q;
                        end
                        if (decided$q == outcome_duplicate) begin
                            out_psn$d = previous_psn$q;
                        end
                        if (decided$q == outcome_nak) begin
                            out_syndrome$d = syndrome_sequence;
                            out_psn$d = qp_state$q[(64'h0)+:(24)];
                        end
                        if (decided$q == outcome_silent) begin
                            out_send_aeth$d = 1'b0;
                            out_psn$d = qp_state$q[(64'h0)+:(24)];
                        end
                        if (decided$q == outcome_rnr) begin
                            out_syndrome$d = syndrome_rnr | ((rnr_timer) & 8'hff);
                        end
                        if (decided$q == outcome_invalid) begin
                            out_syndrome$d = syndrome_invalid;
                        end
                        step$d = ResponderStep$Take;
                    end
                end
            default:
                begin
                    step$d = ResponderStep$Take;
                end
        endcase
        if (reset) begin
            step$d = ResponderStep$Clear;
            clear_qp$d = zero_qp;
            out_valid$d = 1'b0;
        end
    end
    
endmodule // nic_core$responder


module nic_core$responder$ack_req(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$ack_req


module nic_core$responder$ahead(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$ahead


module nic_core$responder$at_expected(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$at_expected


module nic_core$responder$clear_qp(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$clear_qp


module nic_core$responder$consumer_full(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$consumer_full


module nic_core$responder$contexts(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [49:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [49:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[49:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$responder$contexts


module nic_core$responder$counters(clock,reset,count,count_index,read_index,read_value,ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  count;
    input wire  [4:0] count_index;
    input wire  [4:0] read_index;
    output reg  [31:0] read_value;
    output reg  ready;
    
    // Constant declarations
    localparam  zero_index = 5'b0;
    localparam  zero = 32'h0;
    localparam  one = 32'h1;
    localparam  last_index = 5'b11111;
    localparam  one_index = 5'b1;
    
    // Stub signals
    reg  [4:0] tally$read_address;
    reg  tally$read_clock;
    wire  [31:0] tally$read_data;
    reg  [4:0] tally$write_address;
    reg  tally$write_clock;
    reg  [31:0] tally$write_data;
    reg  tally$write_enable;
    reg  [4:0] shadow$read_address;
    reg  shadow$read_clock;
    wire  [31:0] shadow$read_data;
    reg  [4:0] shadow$write_address;
    reg  shadow$write_clock;
    reg  [31:0] shadow$write_data;
    reg  shadow$write_enable;
    reg  pending$d;
    wire  pending$q;
    reg  pending$clock;
    reg  [4:0] pending_index$d;
    wire  [4:0] pending_index$q;
    reg  pending_index$clock;
    reg  held$d;
    wire  held$q;
    reg  held$clock;
    reg  [4:0] held_index$d;
    wire  [4:0] held_index$q;
    reg  held_index$clock;
    reg  [31:0] held_value$d;
    wire  [31:0] held_value$q;
    reg  held_value$clock;
    reg  clearing$d;
    wire  clearing$q;
    reg  clearing$clock;
    reg  [4:0] clear_index$d;
    wire  [4:0] clear_index$q;
    reg  clear_index$clock;
    
    // Local signals
    reg  write_enable;
    reg  [4:0] write_address;
    reg  [31:0] write_data;
    
    // Sub module instances
    nic_core$responder$counters$tally tally(
        .read_address(tally$read_address),
        .read_clock(tally$read_clock),
        .read_data(tally$read_data),
        .write_address(tally$write_address),
        .write_clock(tally$write_clock),
        .write_data(tally$write_data),
        .write_enable(tally$write_enable)
    );
    nic_core$responder$counters$shadow shadow(
        .read_address(shadow$read_address),
        .read_clock(shadow$read_clock),
        .read_data(shadow$read_data),
        .write_address(shadow$write_address),
        .write_clock(shadow$write_clock),
        .write_data(shadow$write_data),
        .write_enable(shadow$write_enable)
    );
    nic_core$responder$counters$pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    nic_core$responder$counters$pending_index pending_index(
        .d(pending_index$d),
        .q(pending_index$q),
        .clock(pending_index$clock)
    );
    nic_core$responder$counters$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    nic_core$responder$counters$held_index held_index(
        .d(held_index$d),
        .q(held_index$q),
        .clock(held_index$clock)
    );
    nic_core$responder$counters$held_value held_value(
        .d(held_value$d),
        .q(held_value$q),
        .clock(held_value$clock)
    );
    nic_core$responder$counters$clearing clearing(
        .d(clearing$d),
        .q(clearing$q),
        .clock(clearing$clock)
    );
    nic_core$responder$counters$clear_index clear_index(
        .d(clear_index$d),
        .q(clear_index$q),
        .clock(clear_index$clock)
    );
    
    // Update code
    always @(*) begin
        pending$clock = clock;
        pending_index$clock = clock;
        held$clock = clock;
        held_index$clock = clock;
        held_value$clock = clock;
        clearing$clock = clock;
        clear_index$clock = clock;
        pending$d = pending$q;
        pending_index$d = pending_index$q;
        held$d = held$q;
        held_index$d = held_index$q;
        held_value$d = held_value$q;
        clearing$d = clearing$q;
        clear_index$d = clear_index$q;
        tally$read_clock = clock;
        tally$write_clock = clock;
        shadow$read_clock = clock;
        shadow$write_clock = clock;
        tally$read_address = count_index;
        shadow$read_address = read_index;
        read_value = shadow$read_data;
        pending$d = count & ~clearing$q;
        pending_index$d = count_index;
        held$d = pending$q;
        held_index$d = pending_index$q;
        held_value$d = tally$read_data;
        write_enable = held$q;
        write_address = held_index$q;
        write_data = held_value$q + one;
        if (clearing$q) begin
            write_enable = 1'b1;
            write_address = clear_index$q;
            write_data = zero;
            clear_index$d = clear_index$q + one_index;
            if (clear_index$q == last_index) begin
                clearing$d = 1'b0;
            end
        end
        tally$write_enable = write_enable;
        tally$write_address = write_address;
        tally$write_data = write_data;
        shadow$write_enable = write_enable;
        shadow$write_address = write_address;
        shadow$write_data = write_data;
        ready = ~clearing$q;
        if (reset) begin
            pending$d = 1'b0;
            held$d = 1'b0;
            clearing$d = 1'b1;
            clear_index$d = zero_index;
        end
    end
    
endmodule // nic_core$responder$counters


module nic_core$responder$counters$clear_index(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$counters$clear_index


module nic_core$responder$counters$clearing(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$counters$clearing


module nic_core$responder$counters$held(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$counters$held


module nic_core$responder$counters$held_index(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$counters$held_index


module nic_core$responder$counters$held_value(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$counters$held_value


module nic_core$responder$counters$pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$counters$pending


module nic_core$responder$counters$pending_index(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$counters$pending_index


module nic_core$responder$counters$shadow(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    initial begin
    mem[5'b0] = 32'h0;
    mem[5'b1] = 32'h0;
    mem[5'b10] = 32'h0;
    mem[5'b11] = 32'h0;
    mem[5'b100] = 32'h0;
    mem[5'b101] = 32'h0;
    mem[5'b110] = 32'h0;
    mem[5'b111] = 32'h0;
    mem[5'b1000] = 32'h0;
    mem[5'b1001] = 32'h0;
    mem[5'b1010] = 32'h0;
    mem[5'b1011] = 32'h0;
    mem[5'b1100] = 32'h0;
    mem[5'b1101] = 32'h0;
    mem[5'b1110] = 32'h0;
    mem[5'b1111] = 32'h0;
    mem[5'b10000] = 32'h0;
    mem[5'b10001] = 32'h0;
    mem[5'b10010] = 32'h0;
    mem[5'b10011] = 32'h0;
    mem[5'b10100] = 32'h0;
    mem[5'b10101] = 32'h0;
    mem[5'b10110] = 32'h0;
    mem[5'b10111] = 32'h0;
    mem[5'b11000] = 32'h0;
    mem[5'b11001] = 32'h0;
    mem[5'b11010] = 32'h0;
    mem[5'b11011] = 32'h0;
    mem[5'b11100] = 32'h0;
    mem[5'b11101] = 32'h0;
    mem[5'b11110] = 32'h0;
    mem[5'b11111] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$responder$counters$shadow


module nic_core$responder$counters$tally(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    initial begin
    mem[5'b0] = 32'h0;
    mem[5'b1] = 32'h0;
    mem[5'b10] = 32'h0;
    mem[5'b11] = 32'h0;
    mem[5'b100] = 32'h0;
    mem[5'b101] = 32'h0;
    mem[5'b110] = 32'h0;
    mem[5'b111] = 32'h0;
    mem[5'b1000] = 32'h0;
    mem[5'b1001] = 32'h0;
    mem[5'b1010] = 32'h0;
    mem[5'b1011] = 32'h0;
    mem[5'b1100] = 32'h0;
    mem[5'b1101] = 32'h0;
    mem[5'b1110] = 32'h0;
    mem[5'b1111] = 32'h0;
    mem[5'b10000] = 32'h0;
    mem[5'b10001] = 32'h0;
    mem[5'b10010] = 32'h0;
    mem[5'b10011] = 32'h0;
    mem[5'b10100] = 32'h0;
    mem[5'b10101] = 32'h0;
    mem[5'b10110] = 32'h0;
    mem[5'b10111] = 32'h0;
    mem[5'b11000] = 32'h0;
    mem[5'b11001] = 32'h0;
    mem[5'b11010] = 32'h0;
    mem[5'b11011] = 32'h0;
    mem[5'b11100] = 32'h0;
    mem[5'b11101] = 32'h0;
    mem[5'b11110] = 32'h0;
    mem[5'b11111] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$responder$counters$tally


module nic_core$responder$decided(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$decided


module nic_core$responder$decided_context(d,q,clock);
    
    // Module arguments
    input wire  [49:0] d;
    output reg  [49:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 50'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$decided_context


module nic_core$responder$kind(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$kind


module nic_core$responder$kinds(address,data);
    
    // Module arguments
    input wire  [7:0] address;
    output reg  [2:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        8'h0: data = 3'b11;
      8'h1: data = 3'b1;
      8'h2: data = 3'b101;
      8'h3: data = 3'b101;
      8'h4: data = 3'b111;
      8'h5: data = 3'b111;
      8'h6: data = 3'b0;
      8'h7: data = 3'b0;
      8'h8: data = 3'b0;
      8'h9: data = 3'b0;
      8'ha: data = 3'b0;
      8'hb: data = 3'b0;
      8'hc: data = 3'b0;
      8'hd: data = 3'b0;
      8'he: data = 3'b0;
      8'hf: data = 3'b0;
      8'h10: data = 3'b0;
      8'h11: data = 3'b0;
      8'h12: data = 3'b0;
      8'h13: data = 3'b0;
      8'h14: data = 3'b0;
      8'h15: data = 3'b0;
      8'h16: data = 3'b101;
      8'h17: data = 3'b111;
      8'h18: data = 3'b0;
      8'h19: data = 3'b0;
      8'h1a: data = 3'b0;
      8'h1b: data = 3'b0;
      8'h1c: data = 3'b0;
      8'h1d: data = 3'b0;
      8'h1e: data = 3'b0;
      8'h1f: data = 3'b0;
      8'h20: data = 3'b0;
      8'h21: data = 3'b0;
      8'h22: data = 3'b0;
      8'h23: data = 3'b0;
      8'h24: data = 3'b0;
      8'h25: data = 3'b0;
      8'h26: data = 3'b0;
      8'h27: data = 3'b0;
      8'h28: data = 3'b0;
      8'h29: data = 3'b0;
      8'h2a: data = 3'b0;
      8'h2b: data = 3'b0;
      8'h2c: data = 3'b0;
      8'h2d: data = 3'b0;
      8'h2e: data = 3'b0;
      8'h2f: data = 3'b0;
      8'h30: data = 3'b0;
      8'h31: data = 3'b0;
      8'h32: data = 3'b0;
      8'h33: data = 3'b0;
      8'h34: data = 3'b0;
      8'h35: data = 3'b0;
      8'h36: data = 3'b0;
      8'h37: data = 3'b0;
      8'h38: data = 3'b0;
      8'h39: data = 3'b0;
      8'h3a: data = 3'b0;
      8'h3b: data = 3'b0;
      8'h3c: data = 3'b0;
      8'h3d: data = 3'b0;
      8'h3e: data = 3'b0;
      8'h3f: data = 3'b0;
      8'h40: data = 3'b0;
      8'h41: data = 3'b0;
      8'h42: data = 3'b0;
      8'h43: data = 3'b0;
      8'h44: data = 3'b0;
      8'h45: data = 3'b0;
      8'h46: data = 3'b0;
      8'h47: data = 3'b0;
      8'h48: data = 3'b0;
      8'h49: data = 3'b0;
      8'h4a: data = 3'b0;
      8'h4b: data = 3'b0;
      8'h4c: data = 3'b0;
      8'h4d: data = 3'b0;
      8'h4e: data = 3'b0;
      8'h4f: data = 3'b0;
      8'h50: data = 3'b0;
      8'h51: data = 3'b0;
      8'h52: data = 3'b0;
      8'h53: data = 3'b0;
      8'h54: data = 3'b0;
      8'h55: data = 3'b0;
      8'h56: data = 3'b0;
      8'h57: data = 3'b0;
      8'h58: data = 3'b0;
      8'h59: data = 3'b0;
      8'h5a: data = 3'b0;
      8'h5b: data = 3'b0;
      8'h5c: data = 3'b0;
      8'h5d: data = 3'b0;
      8'h5e: data = 3'b0;
      8'h5f: data = 3'b0;
      8'h60: data = 3'b0;
      8'h61: data = 3'b0;
      8'h62: data = 3'b0;
      8'h63: data = 3'b0;
      8'h64: data = 3'b0;
      8'h65: data = 3'b0;
      8'h66: data = 3'b0;
      8'h67: data = 3'b0;
      8'h68: data = 3'b0;
      8'h69: data = 3'b0;
      8'h6a: data = 3'b0;
      8'h6b: data = 3'b0;
      8'h6c: data = 3'b0;
      8'h6d: data = 3'b0;
      8'h6e: data = 3'b0;
      8'h6f: data = 3'b0;
      8'h70: data = 3'b0;
      8'h71: data = 3'b0;
      8'h72: data = 3'b0;
      8'h73: data = 3'b0;
      8'h74: data = 3'b0;
      8'h75: data = 3'b0;
      8'h76: data = 3'b0;
      8'h77: data = 3'b0;
      8'h78: data = 3'b0;
      8'h79: data = 3'b0;
      8'h7a: data = 3'b0;
      8'h7b: data = 3'b0;
      8'h7c: data = 3'b0;
      8'h7d: data = 3'b0;
      8'h7e: data = 3'b0;
      8'h7f: data = 3'b0;
      8'h80: data = 3'b0;
      8'h81: data = 3'b0;
      8'h82: data = 3'b0;
      8'h83: data = 3'b0;
      8'h84: data = 3'b0;
      8'h85: data = 3'b0;
      8'h86: data = 3'b0;
      8'h87: data = 3'b0;
      8'h88: data = 3'b0;
      8'h89: data = 3'b0;
      8'h8a: data = 3'b0;
      8'h8b: data = 3'b0;
      8'h8c: data = 3'b0;
      8'h8d: data = 3'b0;
      8'h8e: data = 3'b0;
      8'h8f: data = 3'b0;
      8'h90: data = 3'b0;
      8'h91: data = 3'b0;
      8'h92: data = 3'b0;
      8'h93: data = 3'b0;
      8'h94: data = 3'b0;
      8'h95: data = 3'b0;
      8'h96: data = 3'b0;
      8'h97: data = 3'b0;
      8'h98: data = 3'b0;
      8'h99: data = 3'b0;
      8'h9a: data = 3'b0;
      8'h9b: data = 3'b0;
      8'h9c: data = 3'b0;
      8'h9d: data = 3'b0;
      8'h9e: data = 3'b0;
      8'h9f: data = 3'b0;
      8'ha0: data = 3'b0;
      8'ha1: data = 3'b0;
      8'ha2: data = 3'b0;
      8'ha3: data = 3'b0;
      8'ha4: data = 3'b0;
      8'ha5: data = 3'b0;
      8'ha6: data = 3'b0;
      8'ha7: data = 3'b0;
      8'ha8: data = 3'b0;
      8'ha9: data = 3'b0;
      8'haa: data = 3'b0;
      8'hab: data = 3'b0;
      8'hac: data = 3'b0;
      8'had: data = 3'b0;
      8'hae: data = 3'b0;
      8'haf: data = 3'b0;
      8'hb0: data = 3'b0;
      8'hb1: data = 3'b0;
      8'hb2: data = 3'b0;
      8'hb3: data = 3'b0;
      8'hb4: data = 3'b0;
      8'hb5: data = 3'b0;
      8'hb6: data = 3'b0;
      8'hb7: data = 3'b0;
      8'hb8: data = 3'b0;
      8'hb9: data = 3'b0;
      8'hba: data = 3'b0;
      8'hbb: data = 3'b0;
      8'hbc: data = 3'b0;
      8'hbd: data = 3'b0;
      8'hbe: data = 3'b0;
      8'hbf: data = 3'b0;
      8'hc0: data = 3'b0;
      8'hc1: data = 3'b0;
      8'hc2: data = 3'b0;
      8'hc3: data = 3'b0;
      8'hc4: data = 3'b0;
      8'hc5: data = 3'b0;
      8'hc6: data = 3'b0;
      8'hc7: data = 3'b0;
      8'hc8: data = 3'b0;
      8'hc9: data = 3'b0;
      8'hca: data = 3'b0;
      8'hcb: data = 3'b0;
      8'hcc: data = 3'b0;
      8'hcd: data = 3'b0;
      8'hce: data = 3'b0;
      8'hcf: data = 3'b0;
      8'hd0: data = 3'b0;
      8'hd1: data = 3'b0;
      8'hd2: data = 3'b0;
      8'hd3: data = 3'b0;
      8'hd4: data = 3'b0;
      8'hd5: data = 3'b0;
      8'hd6: data = 3'b0;
      8'hd7: data = 3'b0;
      8'hd8: data = 3'b0;
      8'hd9: data = 3'b0;
      8'hda: data = 3'b0;
      8'hdb: data = 3'b0;
      8'hdc: data = 3'b0;
      8'hdd: data = 3'b0;
      8'hde: data = 3'b0;
      8'hdf: data = 3'b0;
      8'he0: data = 3'b0;
      8'he1: data = 3'b0;
      8'he2: data = 3'b0;
      8'he3: data = 3'b0;
      8'he4: data = 3'b0;
      8'he5: data = 3'b0;
      8'he6: data = 3'b0;
      8'he7: data = 3'b0;
      8'he8: data = 3'b0;
      8'he9: data = 3'b0;
      8'hea: data = 3'b0;
      8'heb: data = 3'b0;
      8'hec: data = 3'b0;
      8'hed: data = 3'b0;
      8'hee: data = 3'b0;
      8'hef: data = 3'b0;
      8'hf0: data = 3'b0;
      8'hf1: data = 3'b0;
      8'hf2: data = 3'b0;
      8'hf3: data = 3'b0;
      8'hf4: data = 3'b0;
      8'hf5: data = 3'b0;
      8'hf6: data = 3'b0;
      8'hf7: data = 3'b0;
      8'hf8: data = 3'b0;
      8'hf9: data = 3'b0;
      8'hfa: data = 3'b0;
      8'hfb: data = 3'b0;
      8'hfc: data = 3'b0;
      8'hfd: data = 3'b0;
      8'hfe: data = 3'b0;
      8'hff: data = 3'b0;
      default: data = 3'b0;
    endcase
            
endmodule // nic_core$responder$kinds


module nic_core$responder$next_msn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$next_msn


module nic_core$responder$next_psn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$next_psn


module nic_core$responder$opcode(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$opcode


module nic_core$responder$out_deliver(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$out_deliver


module nic_core$responder$out_msn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$out_msn


module nic_core$responder$out_outcome(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$out_outcome


module nic_core$responder$out_psn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$out_psn


module nic_core$responder$out_qp(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$out_qp


module nic_core$responder$out_send_aeth(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$out_send_aeth


module nic_core$responder$out_syndrome(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$out_syndrome


module nic_core$responder$out_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$out_valid


module nic_core$responder$previous_psn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$previous_psn


module nic_core$responder$psn(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$psn


module nic_core$responder$qp(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$qp


module nic_core$responder$qp_state(d,q,clock);
    
    // Module arguments
    input wire  [49:0] d;
    output reg  [49:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 50'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$qp_state


module nic_core$responder$step(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam ResponderStep$Clear = 0;
    localparam ResponderStep$Take = 1;
    localparam ResponderStep$Load = 2;
    localparam ResponderStep$Compare = 3;
    localparam ResponderStep$Decide = 4;
    localparam ResponderStep$Commit = 5;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$responder$step


module nic_core$router(clock,reset,frame_valid,frame,frame_pop,s_axis_tdata,s_axis_tkeep,s_axis_tlast,s_axis_tvalid,s_axis_tready,qp_enabled,qpn_base,req_valid,req_ready,req_qp,req_opcode,req_psn,req_ack_req,verdict_valid,verdict_ready,verdict_deliver,verdict_send_aeth,verdict_syndrome,verdict_psn,verdict_msn,ack_valid,ack_ready,ack_qp,ack_syndrome,ack_psn,ack_msn,m_axis_tdata,m_axis_tkeep,m_axis_tlast,m_axis_tvalid,m_axis_tready,m_axis_qp,m_axis_message_end,resp_valid,resp_ready,resp_qp,resp_opcode,resp_syndrome,resp_psn,resp_payload_length,m_axis_resp_tdata,m_axis_resp_tlast,m_axis_resp_tvalid,m_axis_resp_tready,unknown_qp,not_served);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  frame_valid;
    input wire  [79:0] frame;
    output reg  frame_pop;
    input wire  [63:0] s_axis_tdata;
    input wire  [7:0] s_axis_tkeep;
    input wire  s_axis_tlast;
    input wire  s_axis_tvalid;
    output reg  s_axis_tready;
    input wire  [15:0] qp_enabled;
    input wire  [23:0] qpn_base;
    output reg  req_valid;
    input wire  req_ready;
    output reg  [3:0] req_qp;
    output reg  [7:0] req_opcode;
    output reg  [23:0] req_psn;
    output reg  req_ack_req;
    input wire  verdict_valid;
    output reg  verdict_ready;
    input wire  verdict_deliver;
    input wire  verdict_send_aeth;
    input wire  [7:0] verdict_syndrome;
    input wire  [23:0] verdict_psn;
    input wire  [23:0] verdict_msn;
    output reg  ack_valid;
    input wire  ack_ready;
    output reg  [3:0] ack_qp;
    output reg  [7:0] ack_syndrome;
    output reg  [23:0] ack_psn;
    output reg  [23:0] ack_msn;
    output reg  [63:0] m_axis_tdata;
    output reg  [7:0] m_axis_tkeep;
    output reg  m_axis_tlast;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    output reg  [23:0] m_axis_qp;
    output reg  m_axis_message_end;
    output reg  resp_valid;
    input wire  resp_ready;
    output reg  [3:0] resp_qp;
    output reg  [7:0] resp_opcode;
    output reg  [7:0] resp_syndrome;
    output reg  [23:0] resp_psn;
    output reg  [12:0] resp_payload_length;
    output reg  [63:0] m_axis_resp_tdata;
    output reg  m_axis_resp_tlast;
    output reg  m_axis_resp_tvalid;
    input wire  m_axis_resp_tready;
    output reg  [31:0] unknown_qp;
    output reg  [31:0] not_served;
    
    // Constant declarations
    localparam  high_mask = 24'hfffff0;
    localparam  one_hot = 16'h1;
    localparam  count_one = 32'h1;
    localparam  count_zero = 32'h0;
    localparam  send_only_limit = 8'h6;
    localparam  send_invalidate_mask = 8'hfe;
    localparam  send_invalidate = 8'h16;
    localparam  response_first = 8'hd;
    localparam  acknowledge = 8'h11;
    localparam  send_last = 8'h2;
    
    // Enums
    localparam RouteStep$Idle = 0;
    localparam RouteStep$Request = 1;
    localparam RouteStep$Verdict = 2;
    localparam RouteStep$Deliver = 3;
    localparam RouteStep$Respond = 4;
    localparam RouteStep$ResponsePayload = 5;
    localparam RouteStep$Discard = 6;
    
    // Stub signals
    reg  [2:0] step$d;
    wire  [2:0] step$q;
    reg  step$clock;
    reg  [31:0] unknown_count$d;
    wire  [31:0] unknown_count$q;
    reg  unknown_count$clock;
    reg  [31:0] not_served_count$d;
    wire  [31:0] not_served_count$q;
    reg  not_served_count$clock;
    
    // Local signals
    reg  is_send;
    reg  is_response;
    reg  qp_known;
    reg  [3:0] qp_index;
    reg  [23:0] qp_offset;
    reg  [7:0] opcode;
    reg  finish;
    
    // Sub module instances
    nic_core$router$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    nic_core$router$unknown_count unknown_count(
        .d(unknown_count$d),
        .q(unknown_count$q),
        .clock(unknown_count$clock)
    );
    nic_core$router$not_served_count not_served_count(
        .d(not_served_count$d),
        .q(not_served_count$q),
        .clock(not_served_count$clock)
    );
    
    // Update code
    always @(*) begin
        step$clock = clock;
        unknown_count$clock = clock;
        not_served_count$clock = clock;
        step$d = step$q;
        unknown_count$d = unknown_count$q;
        not_served_count$d = not_served_count$q;
        opcode = frame[(64'h0)+:(8)];
        is_send = (opcode < send_only_limit) | ((opcode & send_invalidate_mask) == send_invalidate);
        is_response = (opcode >= response_first) & (opcode <= acknowledge);
        qp_offset = frame[(64'h8)+:(24)] - qpn_base;
        qp_index = ((qp_offset) & 4'hf);
        qp_known = ~|(qp_offset & high_mask) & |(qp_enabled & (one_hot << qp_index));
        req_qp = qp_index;
        req_opcode = opcode;
        req_psn = frame[(64'h20)+:(24)];
        req_ack_req = frame[(64'h38)+:(1)];
        ack_qp = qp_index;
        ack_syndrome = verdict_syndrome;
        ack_psn = verdict_psn;
        ack_msn = verdict_msn;
        resp_qp = qp_index;
        resp_opcode = opcode;
        resp_syndrome = frame[(64'h39)+:(8)];
        resp_psn = frame[(64'h20)+:(24)];
        resp_payload_length = frame[(64'h41)+:(13)];
        m_axis_tdata = s_axis_tdata;
        m_axis_tkeep = s_axis_tkeep;
        m_axis_tlast = s_axis_tlast;
        m_axis_qp = qp_offset;
        m_axis_message_end = (opcode >= send_last) & is_send;
        m_axis_resp_tdata = s_axis_tdata;
        m_axis_resp_tlast = s_axis_tlast;
        req_valid = 1'b0;
        verdict_ready = 1'b0;
        ack_valid = 1'b0;
        resp_valid = 1'b0;
        m_axis_tvalid = 1'b0;
        m_axis_resp_tvalid = 1'b0;
        s_axis_tready = 1'b0;
        finish = 1'b0;
        case (step$q)
            RouteStep$Idle:
                begin
                    if (frame_valid) begin
                        if (frame[(64'h4f)+:(1)] & is_send & qp_known) begin
                            step$d = RouteStep$Request;
                        end
                        else if (frame[(64'h4f)+:(1)] & is_response & qp_known) begin
                            step$d = RouteStep$Respond;
                        end
                        else begin
                            if (frame[(64'h4f)+:(1)]) begin
                                if (is_send | is_response) begin
                                    unknown_count$d = unknown_count$q + count_one;
                                end
                                else begin
                                    not_served_count$d = not_served_count$q + count_one;
                                end
                            end
                            if (frame[(64'h4e)+:(1)]) begin
                                step$d = RouteStep$Discard;
                            end
                            else begin
                                finish = 1'b1;
                            end
                        end
                    end
                end
            RouteStep$Request:
                begin
                    req_valid = ~frame[(64'h4e)+:(1)] | s_axis_tvalid;
                    if ((~frame[(64'h4e)+:(1)] | s_axis_tvalid) & req_ready) begin
                        step$d = RouteStep$Verdict;
                    end
                end
            RouteStep$Verdict:
                begin
                    ack_valid = verdict_valid & verdict_send_aeth;
                    verdict_ready = ~verdict_send_aeth | ack_ready;
                    if (verdict_valid & (~verdict_send_aeth | ack_ready)) begin
                        if (~frame[(64'h4e)+:(1)]) begin
                            finish = 1'b1;
                        end
                        else if (verdict_deliver) begin
                            step$d = RouteStep$Deliver;
                        end
                        else begin
                            step$d = RouteStep$Discard;
                        end
                    end
                end
            RouteStep$Deliver:
                begin
                    m_axis_tvalid = s_axis_tvalid;
                    s_axis_tready = m_axis_tready;
                    finish = s_axis_tvalid & m_axis_tready & s_axis_tlast;
                end
            RouteStep$Respond:
                begin
                    resp_valid = 1'b1;
                    if (resp_ready) begin
                        if (frame[(64'h4e)+:(1)]) begin
                            step$d = RouteStep$ResponsePayload;
                        end
                        else begin
                            finish = 1'b1;
                        end
                    end
                end
            RouteStep$ResponsePayload:
                begin
                    m_axis_resp_tvalid = s_axis_tvalid;
                    s_axis_tready = m_axis_resp_tready;
                    finish = s_axis_tvalid & m_axis_resp_tready & s_axis_tlast;
                end
            RouteStep$Discard:
                begin
                    s_axis_tready = 1'b1;
                    finish = s_axis_tvalid & s_axis_tlast;
                end
            default:
                begin
                    step$d = RouteStep$Idle;
                end
        endcase
        frame_pop = finish;
        if (finish) begin
            step$d = RouteStep$Idle;
        end
        unknown_qp = unknown_count$q;
        not_served = not_served_count$q;
        if (reset) begin
            step$d = RouteStep$Idle;
            unknown_count$d = count_zero;
            not_served_count$d = count_zero;
        end
    end
    
endmodule // nic_core$router


module nic_core$router$not_served_count(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$router$not_served_count


module nic_core$router$step(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam RouteStep$Idle = 0;
    localparam RouteStep$Request = 1;
    localparam RouteStep$Verdict = 2;
    localparam RouteStep$Deliver = 3;
    localparam RouteStep$Respond = 4;
    localparam RouteStep$ResponsePayload = 5;
    localparam RouteStep$Discard = 6;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$router$step


module nic_core$router$unknown_count(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$router$unknown_count


module nic_core$transmit(clock,reset,local_mac,local_ip,cfg_write,cfg_qp,cfg_peer,ack_valid,ack_ready,ack_qp,ack_syndrome,ack_psn,ack_msn,tx_valid,tx_ready,tx_qp,tx_opcode,tx_psn,tx_ack_req,tx_reth_va,tx_reth_rkey,tx_reth_length,tx_ieth_rkey,tx_payload_length,s_axis_tx_tdata,s_axis_tx_tlast,s_axis_tx_tvalid,s_axis_tx_tready,desc_valid,desc_ready,desc_dst_mac,desc_src_mac,desc_src_ip,desc_dst_ip,desc_udp_src_port,desc_opcode,desc_dest_qp,desc_ack_req,desc_psn,desc_reth_va,desc_reth_rkey,desc_reth_dma_length,desc_aeth_syndrome,desc_aeth_msn,desc_ieth_rkey,desc_payload_length,m_axis_payload_tdata,m_axis_payload_tlast,m_axis_payload_tvalid,m_axis_payload_tready,acks_sent,requests_sent);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [47:0] local_mac;
    input wire  [31:0] local_ip;
    input wire  cfg_write;
    input wire  [3:0] cfg_qp;
    input wire  [103:0] cfg_peer;
    input wire  ack_valid;
    output reg  ack_ready;
    input wire  [3:0] ack_qp;
    input wire  [7:0] ack_syndrome;
    input wire  [23:0] ack_psn;
    input wire  [23:0] ack_msn;
    input wire  tx_valid;
    output reg  tx_ready;
    input wire  [3:0] tx_qp;
    input wire  [7:0] tx_opcode;
    input wire  [23:0] tx_psn;
    input wire  tx_ack_req;
    input wire  [63:0] tx_reth_va;
    input wire  [31:0] tx_reth_rkey;
    input wire  [31:0] tx_reth_length;
    input wire  [31:0] tx_ieth_rkey;
    input wire  [12:0] tx_payload_length;
    input wire  [63:0] s_axis_tx_tdata;
    input wire  s_axis_tx_tlast;
    input wire  s_axis_tx_tvalid;
    output reg  s_axis_tx_tready;
    output reg  desc_valid;
    input wire  desc_ready;
    output reg  [47:0] desc_dst_mac;
    output reg  [47:0] desc_src_mac;
    output reg  [31:0] desc_src_ip;
    output reg  [31:0] desc_dst_ip;
    output reg  [15:0] desc_udp_src_port;
    output reg  [7:0] desc_opcode;
    output reg  [23:0] desc_dest_qp;
    output reg  desc_ack_req;
    output reg  [23:0] desc_psn;
    output reg  [63:0] desc_reth_va;
    output reg  [31:0] desc_reth_rkey;
    output reg  [31:0] desc_reth_dma_length;
    output reg  [7:0] desc_aeth_syndrome;
    output reg  [23:0] desc_aeth_msn;
    output reg  [31:0] desc_ieth_rkey;
    output reg  [12:0] desc_payload_length;
    output reg  [63:0] m_axis_payload_tdata;
    output reg  m_axis_payload_tlast;
    output reg  m_axis_payload_tvalid;
    input wire  m_axis_payload_tready;
    output reg  [31:0] acks_sent;
    output reg  [31:0] requests_sent;
    
    // Constant declarations
    localparam  udp_port_base = 16'hc000;
    localparam  acknowledge = 8'h11;
    localparam  count_one = 32'h1;
    localparam  count_zero = 32'h0;
    localparam  no_payload = 13'b0;
    
    // Enums
    localparam TxStep$Idle = 0;
    localparam TxStep$Acknowledge = 1;
    localparam TxStep$Request = 2;
    localparam TxStep$Payload = 3;
    
    // Stub signals
    reg  [3:0] peers$read_address;
    reg  peers$read_clock;
    wire  [103:0] peers$read_data;
    reg  [3:0] peers$write_address;
    reg  peers$write_clock;
    reg  [103:0] peers$write_data;
    reg  peers$write_enable;
    reg  [1:0] step$d;
    wire  [1:0] step$q;
    reg  step$clock;
    reg  [31:0] acks$d;
    wire  [31:0] acks$q;
    reg  acks$clock;
    reg  [31:0] requests$d;
    wire  [31:0] requests$q;
    reg  requests$clock;
    
    // Local signals
    reg  [3:0] qp;
    
    // Sub module instances
    nic_core$transmit$peers peers(
        .read_address(peers$read_address),
        .read_clock(peers$read_clock),
        .read_data(peers$read_data),
        .write_address(peers$write_address),
        .write_clock(peers$write_clock),
        .write_data(peers$write_data),
        .write_enable(peers$write_enable)
    );
    nic_core$transmit$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    nic_core$transmit$acks acks(
        .d(acks$d),
        .q(acks$q),
        .clock(acks$clock)
    );
    nic_core$transmit$requests requests(
        .d(requests$d),
        .q(requests$q),
        .clock(requests$clock)
    );
    
    // Update code
    always @(*) begin
        step$clock = clock;
        acks$clock = clock;
        requests$clock = clock;
        step$d = step$q;
        acks$d = acks$q;
        requests$d = requests$q;
        peers$read_clock = clock;
        peers$write_clock = clock;
        peers$write_enable = cfg_write;
        peers$write_address = cfg_qp;
        peers$write_data = cfg_peer;
        qp = tx_qp;
        if ((step$q == TxStep$Acknowledge) | ((step$q == TxStep$Idle) & ack_valid)) begin
            qp = ack_qp;
        end
        peers$read_address = qp;
        desc_dst_mac = peers$read_data[(64'h0)+:(48)];
        desc_dst_ip = peers$read_data[(64'h30)+:(32)];
        desc_dest_qp = peers$read_data[(64'h50)+:(24)];
        desc_src_mac = local_mac;
        desc_src_ip = local_ip;
        desc_udp_src_port = udp_port_base | ((qp) & 16'hffff);
        desc_opcode = tx_opcode;
        desc_ack_req = tx_ack_req;
        desc_psn = tx_psn;
        desc_reth_va = tx_reth_va;
        desc_reth_rkey = tx_reth_rkey;
        desc_reth_dma_length = tx_reth_length;
        desc_ieth_rkey = tx_ieth_rkey;
        desc_payload_length = tx_payload_length;
        desc_aeth_syndrome = ack_syndrome;
        desc_aeth_msn = ack_msn;
        if (step$q == TxStep$Acknowledge) begin
            desc_opcode = acknowledge;
            desc_ack_req = 1'b0;
            desc_psn = ack_psn;
            desc_payload_length = no_payload;
        end
        m_axis_payload_tdata = s_axis_tx_tdata;
        m_axis_payload_tlast = s_axis_tx_tlast;
        desc_valid = 1'b0;
        ack_ready = 1'b0;
        tx_ready = 1'b0;
        m_axis_payload_tvalid = 1'b0;
        s_axis_tx_tready = 1'b0;
        case (step$q)
            TxStep$Idle:
                begin
                    if (ack_valid) begin
                        step$d = TxStep$Acknowledge;
                    end
                    else if (tx_valid) begin
                        step$d = TxStep$Request;
                    end
                end
            TxStep$Acknowledge:
                begin
                    desc_valid = 1'b1;
                    ack_ready = desc_ready;
                    if (desc_ready) begin
                        acks$d = acks$q + count_one;
                        step$d = TxStep$Idle;
                    end
                end
            TxStep$Request:
                begin
                    desc_valid = 1'b1;
                    tx_ready = desc_ready;
                    if (desc_ready) begin
                        requests$d = requests$q + count_one;
                        if (|tx_payload_length) begin
                            step$d = TxStep$Payload;
                        end
                        else begin
                            step$d = TxStep$Idle;
                        end
                    end
                end
            TxStep$Payload:
                begin
                    m_axis_payload_tvalid = s_axis_tx_tvalid;
                    s_axis_tx_tready = m_axis_payload_tready;
                    if (s_axis_tx_tvalid & m_axis_payload_tready & s_axis_tx_tlast) begin
                        step$d = TxStep$Idle;
                    end
                end
            default:
                begin
                    step$d = TxStep$Idle;
                end
        endcase
        acks_sent = acks$q;
        requests_sent = requests$q;
        if (reset) begin
            step$d = TxStep$Idle;
            acks$d = count_zero;
            requests$d = count_zero;
        end
    end
    
endmodule // nic_core$transmit


module nic_core$transmit$acks(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$transmit$acks


module nic_core$transmit$peers(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [103:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [103:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[103:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // nic_core$transmit$peers


module nic_core$transmit$requests(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$transmit$requests


module nic_core$transmit$step(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam TxStep$Idle = 0;
    localparam TxStep$Acknowledge = 1;
    localparam TxStep$Request = 2;
    localparam TxStep$Payload = 3;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // nic_core$transmit$step
