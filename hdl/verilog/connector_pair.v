// connector_pair: generated from RustHDL by nic-hdl. Do not edit; regenerate with
// `cargo run -p nicctl -- emit --out hdl/verilog`.


module connector_pair(clock,reset,s_axis_tdata,s_axis_tkeep,s_axis_tlast,s_axis_tvalid,s_axis_tready,s_axis_qp,s_axis_message_end,cfg_valid,cfg_ready,cfg_qp,cfg_enable,cfg_connector,cfg_controller,link_up,heartbeat_timeout,failback_request,fence_backend,available,failovers,failbacks,last_failover_cycles,packets_dispatched,packets_unknown_qp,probe_qp,probe_taken,c0_links$from_a$tdata,c0_links$from_a$tlast,c0_links$from_a$tvalid,c0_links$from_a$tready,c0_links$from_b$tdata,c0_links$from_b$tlast,c0_links$from_b$tvalid,c0_links$from_b$tready,c0_links$to_controller$tdata,c0_links$to_controller$tlast,c0_links$to_controller$tvalid,c0_links$to_controller$tready,c0_work$valid,c0_work$ready,c0_work$qp,c0_work$kind,c0_work$length,c0_work$va,c0_work$rkey,c0_work$tag,c0_work$payload$tdata,c0_work$payload$tlast,c0_work$payload$tvalid,c0_work$payload$tready,c0_work$read$tdata,c0_work$read$tlast,c0_work$read$tvalid,c0_work$read$tready,c0_work$read$tag,c0_work$read$length,c0_work$read$last,c0_counters$commands_forwarded,c0_counters$completions_delivered,c0_counters$unknown_qp,c0_counters$slots_full,c0_counters$malformed_capsule,c0_counters$capsule_too_long,c0_counters$wqe_unknown_qp,c0_counters$wqe_malformed,c0_counters$cqe_unknown_cid,c0_counters$read_data_unknown,c0_counters$wrong_link,c0_counters$commands_replayed,c0_counters$late_discarded,c0_counters$takeovers_acked,c0_counters$path_errors_sent,c0_counters$writes_truncated,c1_links$from_a$tdata,c1_links$from_a$tlast,c1_links$from_a$tvalid,c1_links$from_a$tready,c1_links$from_b$tdata,c1_links$from_b$tlast,c1_links$from_b$tvalid,c1_links$from_b$tready,c1_links$to_controller$tdata,c1_links$to_controller$tlast,c1_links$to_controller$tvalid,c1_links$to_controller$tready,c1_work$valid,c1_work$ready,c1_work$qp,c1_work$kind,c1_work$length,c1_work$va,c1_work$rkey,c1_work$tag,c1_work$payload$tdata,c1_work$payload$tlast,c1_work$payload$tvalid,c1_work$payload$tready,c1_work$read$tdata,c1_work$read$tlast,c1_work$read$tvalid,c1_work$read$tready,c1_work$read$tag,c1_work$read$length,c1_work$read$last,c1_counters$commands_forwarded,c1_counters$completions_delivered,c1_counters$unknown_qp,c1_counters$slots_full,c1_counters$malformed_capsule,c1_counters$capsule_too_long,c1_counters$wqe_unknown_qp,c1_counters$wqe_malformed,c1_counters$cqe_unknown_cid,c1_counters$read_data_unknown,c1_counters$wrong_link,c1_counters$commands_replayed,c1_counters$late_discarded,c1_counters$takeovers_acked,c1_counters$path_errors_sent,c1_counters$writes_truncated);
    
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
    connector_pair$dispatcher dispatcher(
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
    connector_pair$connector_0 connector_0(
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
    connector_pair$connector_1 connector_1(
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
    connector_pair$supervisor supervisor(
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
    
endmodule // connector_pair


module connector_pair$connector_0(clock,reset,s_axis_tdata,s_axis_tkeep,s_axis_tlast,s_axis_tvalid,s_axis_tready,s_axis_qp,s_axis_message_end,cfg_valid,cfg_ready,cfg_qp,cfg_enable,cfg_controller,link_up,fenced,available,fail_start,fence_request,readmit,failback,fence_acked,heard,work_from,links$from_a$tdata,links$from_a$tlast,links$from_a$tvalid,links$from_a$tready,links$from_b$tdata,links$from_b$tlast,links$from_b$tvalid,links$from_b$tready,links$to_controller$tdata,links$to_controller$tlast,links$to_controller$tvalid,links$to_controller$tready,work$valid,work$ready,work$qp,work$kind,work$length,work$va,work$rkey,work$tag,work$payload$tdata,work$payload$tlast,work$payload$tvalid,work$payload$tready,work$read$tdata,work$read$tlast,work$read$tvalid,work$read$tready,work$read$tag,work$read$length,work$read$last,counters$commands_forwarded,counters$completions_delivered,counters$unknown_qp,counters$slots_full,counters$malformed_capsule,counters$capsule_too_long,counters$wqe_unknown_qp,counters$wqe_malformed,counters$cqe_unknown_cid,counters$read_data_unknown,counters$wrong_link,counters$commands_replayed,counters$late_discarded,counters$takeovers_acked,counters$path_errors_sent,counters$writes_truncated,probe_qp,probe_taken);
    
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
    output wire  [63:0] work$payload$tdata;
    output wire  work$payload$tlast;
    output wire  work$payload$tvalid;
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
    reg  [127:0] receiver$busy;
    wire  receiver$buffer_write_enable;
    wire  [14:0] receiver$buffer_write_address;
    wire  [63:0] receiver$buffer_write_data;
    wire  receiver$capsule_valid;
    reg  receiver$capsule_ready;
    wire  [3:0] receiver$capsule_qp;
    wire  [2:0] receiver$capsule_slot;
    wire  [15:0] receiver$capsule_cid;
    wire  [15:0] receiver$capsule_length;
    wire  receiver$capsule_admin_connect;
    reg  [127:0] receiver$freed;
    reg  [3:0] receiver$probe_qp;
    wire  receiver$probe_taken;
    wire  receiver$slots_full;
    wire  receiver$malformed_capsule;
    wire  receiver$capsule_too_long;
    reg  qp_table$clock;
    reg  qp_table$reset;
    reg  [3:0] qp_table$read_address;
    wire  [83:0] qp_table$read_data;
    reg  qp_table$write_enable;
    reg  [3:0] qp_table$write_address;
    reg  [83:0] qp_table$write_data;
    reg  qp_table$cfg_take;
    reg  [3:0] qp_table$cfg_qp;
    reg  qp_table$cfg_enable;
    reg  qp_table$cfg_controller;
    wire  qp_table$clear_done;
    reg  [6:0] meta$read_address;
    reg  meta$read_clock;
    wire  [32:0] meta$read_data;
    reg  [6:0] meta$write_address;
    reg  meta$write_clock;
    reg  [32:0] meta$write_data;
    reg  meta$write_enable;
    reg  [14:0] buffer$read_address;
    reg  buffer$read_clock;
    wire  [63:0] buffer$read_data;
    reg  [14:0] buffer$write_address;
    reg  buffer$write_clock;
    reg  [63:0] buffer$write_data;
    reg  buffer$write_enable;
    reg  requests$clock;
    reg  requests$reset;
    reg  [1:0] requests$fail_start;
    reg  [1:0] requests$fence_request;
    reg  [1:0] requests$readmit;
    reg  requests$failback;
    reg  requests$free;
    reg  requests$emit_idle;
    reg  [1:0] requests$fence_acked;
    wire  requests$sweep;
    wire  requests$fence;
    wire  [1:0] requests$kind;
    wire  requests$controller;
    wire  [1:0] requests$fence_sent;
    reg  engine$clock;
    reg  engine$reset;
    reg  engine$cfg_valid;
    wire  engine$cfg_ready;
    wire  engine$request_free;
    reg  engine$request_sweep;
    reg  engine$request_fence;
    reg  engine$request_controller;
    reg  engine$capsule_valid;
    reg  [3:0] engine$capsule_qp;
    reg  [2:0] engine$capsule_slot;
    reg  [15:0] engine$capsule_cid;
    reg  [15:0] engine$capsule_length;
    wire  engine$capsule_ready;
    reg  engine$slot_busy;
    wire  engine$slot_set;
    wire  engine$slot_clear;
    reg  engine$table_clear_done;
    wire  [3:0] engine$table_read_address;
    reg  [83:0] engine$table_data;
    wire  engine$table_write_enable;
    wire  [3:0] engine$table_write_address;
    wire  [83:0] engine$table_write_data;
    wire  [6:0] engine$slot_address;
    reg  [32:0] engine$meta_data;
    wire  engine$meta_write_enable;
    reg  engine$link_waiting;
    reg  [3:0] engine$offered_qp;
    reg  [63:0] engine$beat_data;
    reg  engine$beat_lost;
    wire  engine$take_header;
    wire  [1:0] engine$skip;
    reg  engine$message_finished;
    reg  engine$message_ended;
    reg  engine$message_src;
    reg  [1:0] engine$message_src_bit;
    reg  engine$descriptor_read;
    reg  engine$cqe_low_read;
    reg  engine$cqe_read;
    reg  engine$write_ok;
    reg  engine$read_ok;
    reg  engine$send_ok;
    reg  [15:0] engine$message_length;
    reg  [31:0] engine$message_rkey;
    reg  engine$send_invalidate;
    reg  [31:0] engine$invalidate;
    wire  engine$read_cqe;
    reg  engine$read_free;
    reg  [7:0] engine$read_next_tag;
    wire  engine$read_allocate;
    reg  engine$emit_idle;
    wire  engine$issue;
    wire  engine$issue_controller;
    wire  [63:0] engine$issue_header;
    wire  [2:0] engine$issue_next;
    wire  engine$issue_fence;
    wire  [63:0] engine$issue_payload;
    wire  [15:0] engine$issue_length;
    wire  engine$sweeping;
    reg  [3:0] engine$sweep_qp;
    reg  engine$sweep_path_error;
    reg  [63:0] engine$sweep_path_error_high;
    reg  engine$sweep_paused;
    reg  engine$sweep_done;
    wire  engine$wr_load;
    wire  [58:0] engine$wr_fields;
    reg  engine$wr_finished;
    wire  [3:0] engine$qp;
    wire  [63:0] engine$cqe_low;
    wire  [63:0] engine$cqe_high;
    wire  [8:0] engine$events;
    reg  slots$clock;
    reg  slots$reset;
    reg  [6:0] slots$slot_address;
    wire  slots$slot_busy;
    reg  slots$set;
    reg  slots$clear;
    reg  slots$cfg_take;
    reg  [3:0] slots$cfg_qp;
    reg  slots$sweeping;
    reg  [127:0] slots$sweep_clear;
    wire  [127:0] slots$busy;
    wire  [127:0] slots$freed;
    reg  issuer$clock;
    reg  issuer$reset;
    reg  issuer$load;
    reg  [58:0] issuer$load_fields;
    reg  [3:0] issuer$qp;
    reg  [63:0] issuer$va;
    reg  issuer$src;
    reg  [63:0] issuer$cqe_low;
    reg  [63:0] issuer$cqe_high;
    wire  issuer$finished;
    wire  [1:0] issuer$work_from;
    wire  issuer$valid;
    reg  issuer$ready;
    wire  [3:0] issuer$work_qp;
    wire  [1:0] issuer$kind;
    wire  [15:0] issuer$length;
    wire  [63:0] issuer$work_va;
    wire  [31:0] issuer$rkey;
    wire  [7:0] issuer$tag;
    reg  [63:0] issuer$from_a_tdata;
    reg  issuer$from_a_tvalid;
    reg  issuer$from_a_tlast;
    reg  [63:0] issuer$from_b_tdata;
    reg  issuer$from_b_tvalid;
    reg  issuer$from_b_tlast;
    reg  [1:0] issuer$available;
    wire  issuer$mover_busy;
    wire  issuer$mover_src;
    wire  issuer$mover_take;
    wire  [1:0] issuer$mover_skip;
    wire  issuer$write_truncated;
    reg  sweeper$clock;
    reg  sweeper$reset;
    reg  sweeper$start;
    reg  [1:0] sweeper$start_kind;
    reg  sweeper$start_controller;
    reg  sweeper$active;
    reg  sweeper$link_waiting;
    reg  [1:0] sweeper$available;
    reg  [127:0] sweeper$busy;
    reg  [83:0] sweeper$table_data;
    reg  [15:0] sweeper$slot_cid;
    reg  [15:0] sweeper$slot_length;
    reg  sweeper$emit_idle;
    wire  [3:0] sweeper$qp;
    wire  [6:0] sweeper$slot_address;
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
    wire  [127:0] sweeper$busy_clear;
    wire  sweeper$command_replayed;
    wire  sweeper$paused;
    wire  sweeper$done;
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
    reg  [6:0] emitter$issue_slot;
    reg  [15:0] emitter$issue_length;
    wire  emitter$idle;
    wire  [14:0] emitter$buffer_address;
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
    
    // Sub module instances
    connector_pair$connector_0$receiver receiver(
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
    connector_pair$connector_0$qp_table qp_table(
        .clock(qp_table$clock),
        .reset(qp_table$reset),
        .read_address(qp_table$read_address),
        .read_data(qp_table$read_data),
        .write_enable(qp_table$write_enable),
        .write_address(qp_table$write_address),
        .write_data(qp_table$write_data),
        .cfg_take(qp_table$cfg_take),
        .cfg_qp(qp_table$cfg_qp),
        .cfg_enable(qp_table$cfg_enable),
        .cfg_controller(qp_table$cfg_controller),
        .clear_done(qp_table$clear_done)
    );
    connector_pair$connector_0$meta meta(
        .read_address(meta$read_address),
        .read_clock(meta$read_clock),
        .read_data(meta$read_data),
        .write_address(meta$write_address),
        .write_clock(meta$write_clock),
        .write_data(meta$write_data),
        .write_enable(meta$write_enable)
    );
    connector_pair$connector_0$buffer buffer(
        .read_address(buffer$read_address),
        .read_clock(buffer$read_clock),
        .read_data(buffer$read_data),
        .write_address(buffer$write_address),
        .write_clock(buffer$write_clock),
        .write_data(buffer$write_data),
        .write_enable(buffer$write_enable)
    );
    connector_pair$connector_0$requests requests(
        .clock(requests$clock),
        .reset(requests$reset),
        .fail_start(requests$fail_start),
        .fence_request(requests$fence_request),
        .readmit(requests$readmit),
        .failback(requests$failback),
        .free(requests$free),
        .emit_idle(requests$emit_idle),
        .fence_acked(requests$fence_acked),
        .sweep(requests$sweep),
        .fence(requests$fence),
        .kind(requests$kind),
        .controller(requests$controller),
        .fence_sent(requests$fence_sent)
    );
    connector_pair$connector_0$engine engine(
        .clock(engine$clock),
        .reset(engine$reset),
        .cfg_valid(engine$cfg_valid),
        .cfg_ready(engine$cfg_ready),
        .request_free(engine$request_free),
        .request_sweep(engine$request_sweep),
        .request_fence(engine$request_fence),
        .request_controller(engine$request_controller),
        .capsule_valid(engine$capsule_valid),
        .capsule_qp(engine$capsule_qp),
        .capsule_slot(engine$capsule_slot),
        .capsule_cid(engine$capsule_cid),
        .capsule_length(engine$capsule_length),
        .capsule_ready(engine$capsule_ready),
        .slot_busy(engine$slot_busy),
        .slot_set(engine$slot_set),
        .slot_clear(engine$slot_clear),
        .table_clear_done(engine$table_clear_done),
        .table_read_address(engine$table_read_address),
        .table_data(engine$table_data),
        .table_write_enable(engine$table_write_enable),
        .table_write_address(engine$table_write_address),
        .table_write_data(engine$table_write_data),
        .slot_address(engine$slot_address),
        .meta_data(engine$meta_data),
        .meta_write_enable(engine$meta_write_enable),
        .link_waiting(engine$link_waiting),
        .offered_qp(engine$offered_qp),
        .beat_data(engine$beat_data),
        .beat_lost(engine$beat_lost),
        .take_header(engine$take_header),
        .skip(engine$skip),
        .message_finished(engine$message_finished),
        .message_ended(engine$message_ended),
        .message_src(engine$message_src),
        .message_src_bit(engine$message_src_bit),
        .descriptor_read(engine$descriptor_read),
        .cqe_low_read(engine$cqe_low_read),
        .cqe_read(engine$cqe_read),
        .write_ok(engine$write_ok),
        .read_ok(engine$read_ok),
        .send_ok(engine$send_ok),
        .message_length(engine$message_length),
        .message_rkey(engine$message_rkey),
        .send_invalidate(engine$send_invalidate),
        .invalidate(engine$invalidate),
        .read_cqe(engine$read_cqe),
        .read_free(engine$read_free),
        .read_next_tag(engine$read_next_tag),
        .read_allocate(engine$read_allocate),
        .emit_idle(engine$emit_idle),
        .issue(engine$issue),
        .issue_controller(engine$issue_controller),
        .issue_header(engine$issue_header),
        .issue_next(engine$issue_next),
        .issue_fence(engine$issue_fence),
        .issue_payload(engine$issue_payload),
        .issue_length(engine$issue_length),
        .sweeping(engine$sweeping),
        .sweep_qp(engine$sweep_qp),
        .sweep_path_error(engine$sweep_path_error),
        .sweep_path_error_high(engine$sweep_path_error_high),
        .sweep_paused(engine$sweep_paused),
        .sweep_done(engine$sweep_done),
        .wr_load(engine$wr_load),
        .wr_fields(engine$wr_fields),
        .wr_finished(engine$wr_finished),
        .qp(engine$qp),
        .cqe_low(engine$cqe_low),
        .cqe_high(engine$cqe_high),
        .events(engine$events)
    );
    connector_pair$connector_0$slots slots(
        .clock(slots$clock),
        .reset(slots$reset),
        .slot_address(slots$slot_address),
        .slot_busy(slots$slot_busy),
        .set(slots$set),
        .clear(slots$clear),
        .cfg_take(slots$cfg_take),
        .cfg_qp(slots$cfg_qp),
        .sweeping(slots$sweeping),
        .sweep_clear(slots$sweep_clear),
        .busy(slots$busy),
        .freed(slots$freed)
    );
    connector_pair$connector_0$issuer issuer(
        .clock(issuer$clock),
        .reset(issuer$reset),
        .load(issuer$load),
        .load_fields(issuer$load_fields),
        .qp(issuer$qp),
        .va(issuer$va),
        .src(issuer$src),
        .cqe_low(issuer$cqe_low),
        .cqe_high(issuer$cqe_high),
        .finished(issuer$finished),
        .work_from(issuer$work_from),
        .valid(issuer$valid),
        .ready(issuer$ready),
        .work_qp(issuer$work_qp),
        .kind(issuer$kind),
        .length(issuer$length),
        .work_va(issuer$work_va),
        .rkey(issuer$rkey),
        .tag(issuer$tag),
        .payload$tdata(work$payload$tdata),
        .payload$tlast(work$payload$tlast),
        .payload$tvalid(work$payload$tvalid),
        .payload$tready(work$payload$tready),
        .from_a_tdata(issuer$from_a_tdata),
        .from_a_tvalid(issuer$from_a_tvalid),
        .from_a_tlast(issuer$from_a_tlast),
        .from_b_tdata(issuer$from_b_tdata),
        .from_b_tvalid(issuer$from_b_tvalid),
        .from_b_tlast(issuer$from_b_tlast),
        .available(issuer$available),
        .mover_busy(issuer$mover_busy),
        .mover_src(issuer$mover_src),
        .mover_take(issuer$mover_take),
        .mover_skip(issuer$mover_skip),
        .write_truncated(issuer$write_truncated)
    );
    connector_pair$connector_0$sweeper sweeper(
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
    connector_pair$connector_0$emitter emitter(
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
    connector_pair$connector_0$intake intake(
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
    connector_pair$connector_0$reader reader(
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
    connector_pair$connector_0$read_table read_table(
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
    connector_pair$connector_0$count count(
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
        receiver$clock = clock;
        qp_table$clock = clock;
        slots$clock = clock;
        requests$clock = clock;
        engine$clock = clock;
        issuer$clock = clock;
        intake$clock = clock;
        reader$clock = clock;
        emitter$clock = clock;
        sweeper$clock = clock;
        read_table$clock = clock;
        count$clock = clock;
        receiver$reset = reset;
        receiver$s_axis_tdata = s_axis_tdata;
        receiver$s_axis_tkeep = s_axis_tkeep;
        receiver$s_axis_tlast = s_axis_tlast;
        receiver$s_axis_tvalid = s_axis_tvalid;
        receiver$s_axis_qp = s_axis_qp;
        receiver$s_axis_message_end = s_axis_message_end;
        s_axis_tready = receiver$s_axis_tready;
        receiver$busy = slots$busy;
        receiver$probe_qp = probe_qp;
        receiver$freed = slots$freed;
        probe_taken = receiver$probe_taken;
        receiver$capsule_ready = engine$capsule_ready;
        buffer$read_clock = clock;
        buffer$write_clock = clock;
        buffer$write_enable = receiver$buffer_write_enable;
        buffer$write_address = receiver$buffer_write_address;
        buffer$write_data = receiver$buffer_write_data;
        qp_table$reset = reset;
        qp_table$cfg_take = engine$cfg_ready & cfg_valid;
        qp_table$cfg_qp = cfg_qp;
        qp_table$cfg_enable = cfg_enable;
        qp_table$cfg_controller = cfg_controller;
        slots$reset = reset;
        slots$cfg_take = qp_table$cfg_take;
        slots$cfg_qp = cfg_qp;
        slots$slot_address = engine$slot_address;
        slots$set = engine$slot_set;
        slots$clear = engine$slot_clear;
        slots$sweeping = engine$sweeping;
        slots$sweep_clear = sweeper$busy_clear;
        meta$read_clock = clock;
        meta$write_clock = clock;
        meta$write_enable = engine$meta_write_enable;
        meta$write_address = engine$slot_address;
        meta$write_data[(64'h0)+:(16)] = receiver$capsule_cid;
        meta$write_data[(64'h10)+:(16)] = receiver$capsule_length;
        meta$write_data[(64'h20)+:(1)] = receiver$capsule_admin_connect;
        requests$reset = reset;
        requests$fail_start = fail_start;
        requests$fence_request = fence_request;
        requests$readmit = readmit;
        requests$failback = failback;
        requests$free = engine$request_free;
        requests$emit_idle = emitter$idle;
        requests$fence_acked = reader$fence_acked;
        fence_acked = reader$fence_acked;
        engine$reset = reset;
        engine$cfg_valid = cfg_valid;
        cfg_ready = engine$cfg_ready;
        engine$request_sweep = requests$sweep;
        engine$request_fence = requests$fence;
        engine$request_controller = requests$controller;
        engine$capsule_valid = receiver$capsule_valid;
        engine$capsule_qp = receiver$capsule_qp;
        engine$capsule_slot = receiver$capsule_slot;
        engine$capsule_cid = receiver$capsule_cid;
        engine$capsule_length = receiver$capsule_length;
        engine$table_clear_done = qp_table$clear_done;
        engine$table_data = qp_table$read_data;
        engine$meta_data = meta$read_data;
        engine$link_waiting = intake$waiting;
        engine$offered_qp = intake$offered$fields[(32'h0)+:(4)];
        engine$beat_data = intake$beat$data;
        engine$beat_lost = intake$beat$lost;
        engine$message_finished = reader$finished;
        engine$message_ended = reader$ended;
        engine$message_src = reader$src;
        engine$message_src_bit = reader$src_bit;
        engine$descriptor_read = reader$descriptor_read;
        engine$cqe_low_read = reader$cqe_low_read;
        engine$cqe_read = reader$cqe_read;
        engine$write_ok = reader$write_ok;
        engine$read_ok = reader$read_ok;
        engine$send_ok = reader$send_ok;
        engine$message_length = reader$length;
        engine$message_rkey = reader$rkey;
        engine$send_invalidate = reader$send_invalidate;
        engine$invalidate = reader$invalidate;
        engine$read_free = read_table$has_free;
        engine$read_next_tag = read_table$next_tag;
        engine$emit_idle = emitter$idle;
        engine$sweep_qp = sweeper$qp;
        engine$sweep_path_error = sweeper$path_error;
        engine$sweep_path_error_high = sweeper$path_error_high;
        engine$sweep_paused = sweeper$paused;
        engine$sweep_done = sweeper$done;
        engine$slot_busy = slots$slot_busy;
        engine$wr_finished = issuer$finished;
        issuer$reset = reset;
        issuer$load = engine$wr_load;
        issuer$load_fields = engine$wr_fields;
        issuer$qp = engine$qp;
        issuer$va = reader$va;
        issuer$src = reader$src;
        issuer$cqe_low = engine$cqe_low;
        issuer$cqe_high = engine$cqe_high;
        work_from = issuer$work_from;
        work$valid = issuer$valid;
        issuer$ready = work$ready;
        work$qp = issuer$work_qp;
        work$kind = issuer$kind;
        work$length = issuer$length;
        work$va = issuer$work_va;
        work$rkey = issuer$rkey;
        work$tag = issuer$tag;
        issuer$from_a_tdata = links$from_a$tdata;
        issuer$from_a_tvalid = links$from_a$tvalid;
        issuer$from_a_tlast = links$from_a$tlast;
        issuer$from_b_tdata = links$from_b$tdata;
        issuer$from_b_tvalid = links$from_b$tvalid;
        issuer$from_b_tlast = links$from_b$tlast;
        issuer$available = available;
        intake$reset = reset;
        intake$link_up = link_up;
        intake$fenced = fenced;
        intake$available = available;
        heard = intake$heard;
        intake$take_header = engine$take_header;
        intake$mover_busy = issuer$mover_busy;
        intake$mover_src = issuer$mover_src;
        intake$mover_take = issuer$mover_take;
        intake$skip = engine$skip | issuer$mover_skip | reader$skip;
        reader$reset = reset;
        reader$take_header = engine$take_header;
        reader$read_cqe = engine$read_cqe;
        reader$fenced = fenced;
        reader$fence_sent = requests$fence_sent;
        qp_table$read_address = engine$table_read_address;
        qp_table$write_enable = engine$table_write_enable;
        qp_table$write_address = engine$table_write_address;
        qp_table$write_data = engine$table_write_data;
        meta$read_address = engine$slot_address;
        emitter$issue = engine$issue;
        emitter$issue_controller = engine$issue_controller;
        emitter$issue_header = engine$issue_header;
        emitter$issue_next = engine$issue_next;
        emitter$issue_fence = engine$issue_fence;
        emitter$issue_payload = engine$issue_payload;
        emitter$issue_slot = engine$slot_address;
        emitter$issue_length = engine$issue_length;
        if (engine$sweeping) begin
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
        emitter$reset = reset;
        emitter$link_up = link_up;
        emitter$fenced = fenced;
        emitter$available = available;
        buffer$read_address = emitter$buffer_address;
        emitter$buffer_data = buffer$read_data;
        sweeper$reset = reset;
        sweeper$start = requests$sweep;
        sweeper$start_kind = requests$kind;
        sweeper$start_controller = requests$controller;
        sweeper$active = engine$sweeping;
        sweeper$link_waiting = intake$waiting;
        sweeper$available = available;
        sweeper$busy = slots$busy;
        sweeper$table_data = qp_table$read_data;
        sweeper$slot_cid = meta$read_data[(64'h0)+:(16)];
        sweeper$slot_length = meta$read_data[(64'h10)+:(16)];
        sweeper$emit_idle = emitter$idle;
        read_table$reset = reset;
        read_table$allocate = engine$read_allocate;
        read_table$forget = requests$sweep & (requests$kind == SweepKind$Fail);
        read_table$controller = reader$src;
        if (read_table$forget) begin
            read_table$controller = requests$controller;
        end
        read_table$tag = reader$tag;
        read_table$lookup_index = emitter$read_table_address;
        emitter$read_table_entry = read_table$lookup_entry;
        emitter$read_live = read_table$live;
        read_table$retire = emitter$read_retire;
        count$reset = reset;
        count$command_forwarded = engine$events[(64'h0)+:(1)];
        count$completion_delivered = engine$events[(64'h1)+:(1)];
        count$unknown_qp = engine$events[(64'h2)+:(1)];
        count$wqe_unknown_qp = engine$events[(64'h3)+:(1)] | reader$wqe_unknown_qp;
        count$wqe_malformed = engine$events[(64'h4)+:(1)] | reader$wqe_malformed;
        count$cqe_unknown_cid = engine$events[(64'h5)+:(1)];
        count$wrong_link = engine$events[(64'h6)+:(1)];
        count$command_replayed = sweeper$command_replayed;
        count$late_discarded = engine$events[(64'h7)+:(1)] | reader$late_discarded;
        count$takeover_acked = reader$takeover_acked;
        count$path_error_sent = engine$events[(64'h8)+:(1)];
        count$slots_full = receiver$slots_full;
        count$malformed_capsule = receiver$malformed_capsule;
        count$capsule_too_long = receiver$capsule_too_long;
        count$read_data_unknown = emitter$read_data_unknown;
        count$write_truncated = issuer$write_truncated;
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
endmodule // connector_pair$connector_0


module connector_pair$connector_0$buffer(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [14:0] read_address;
    input wire  read_clock;
    output reg  [63:0] read_data;
    input wire  [14:0] write_address;
    input wire  write_clock;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[63:0] mem[32767:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // connector_pair$connector_0$buffer


module connector_pair$connector_0$count(clock,reset,command_forwarded,completion_delivered,unknown_qp,slots_full,malformed_capsule,capsule_too_long,wqe_unknown_qp,wqe_malformed,cqe_unknown_cid,read_data_unknown,wrong_link,command_replayed,late_discarded,takeover_acked,path_error_sent,write_truncated,counters$commands_forwarded,counters$completions_delivered,counters$unknown_qp,counters$slots_full,counters$malformed_capsule,counters$capsule_too_long,counters$wqe_unknown_qp,counters$wqe_malformed,counters$cqe_unknown_cid,counters$read_data_unknown,counters$wrong_link,counters$commands_replayed,counters$late_discarded,counters$takeovers_acked,counters$path_errors_sent,counters$writes_truncated);
    
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
    connector_pair$connector_0$count$count_commands_forwarded count_commands_forwarded(
        .d(count_commands_forwarded$d),
        .q(count_commands_forwarded$q),
        .clock(count_commands_forwarded$clock)
    );
    connector_pair$connector_0$count$count_completions_delivered count_completions_delivered(
        .d(count_completions_delivered$d),
        .q(count_completions_delivered$q),
        .clock(count_completions_delivered$clock)
    );
    connector_pair$connector_0$count$count_unknown_qp count_unknown_qp(
        .d(count_unknown_qp$d),
        .q(count_unknown_qp$q),
        .clock(count_unknown_qp$clock)
    );
    connector_pair$connector_0$count$count_slots_full count_slots_full(
        .d(count_slots_full$d),
        .q(count_slots_full$q),
        .clock(count_slots_full$clock)
    );
    connector_pair$connector_0$count$count_malformed_capsule count_malformed_capsule(
        .d(count_malformed_capsule$d),
        .q(count_malformed_capsule$q),
        .clock(count_malformed_capsule$clock)
    );
    connector_pair$connector_0$count$count_capsule_too_long count_capsule_too_long(
        .d(count_capsule_too_long$d),
        .q(count_capsule_too_long$q),
        .clock(count_capsule_too_long$clock)
    );
    connector_pair$connector_0$count$count_wqe_unknown_qp count_wqe_unknown_qp(
        .d(count_wqe_unknown_qp$d),
        .q(count_wqe_unknown_qp$q),
        .clock(count_wqe_unknown_qp$clock)
    );
    connector_pair$connector_0$count$count_wqe_malformed count_wqe_malformed(
        .d(count_wqe_malformed$d),
        .q(count_wqe_malformed$q),
        .clock(count_wqe_malformed$clock)
    );
    connector_pair$connector_0$count$count_cqe_unknown_cid count_cqe_unknown_cid(
        .d(count_cqe_unknown_cid$d),
        .q(count_cqe_unknown_cid$q),
        .clock(count_cqe_unknown_cid$clock)
    );
    connector_pair$connector_0$count$count_read_data_unknown count_read_data_unknown(
        .d(count_read_data_unknown$d),
        .q(count_read_data_unknown$q),
        .clock(count_read_data_unknown$clock)
    );
    connector_pair$connector_0$count$count_wrong_link count_wrong_link(
        .d(count_wrong_link$d),
        .q(count_wrong_link$q),
        .clock(count_wrong_link$clock)
    );
    connector_pair$connector_0$count$count_commands_replayed count_commands_replayed(
        .d(count_commands_replayed$d),
        .q(count_commands_replayed$q),
        .clock(count_commands_replayed$clock)
    );
    connector_pair$connector_0$count$count_late_discarded count_late_discarded(
        .d(count_late_discarded$d),
        .q(count_late_discarded$q),
        .clock(count_late_discarded$clock)
    );
    connector_pair$connector_0$count$count_takeovers_acked count_takeovers_acked(
        .d(count_takeovers_acked$d),
        .q(count_takeovers_acked$q),
        .clock(count_takeovers_acked$clock)
    );
    connector_pair$connector_0$count$count_path_errors_sent count_path_errors_sent(
        .d(count_path_errors_sent$d),
        .q(count_path_errors_sent$q),
        .clock(count_path_errors_sent$clock)
    );
    connector_pair$connector_0$count$count_writes_truncated count_writes_truncated(
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
    
endmodule // connector_pair$connector_0$count


module connector_pair$connector_0$count$count_capsule_too_long(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$count$count_capsule_too_long


module connector_pair$connector_0$count$count_commands_forwarded(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$count$count_commands_forwarded


module connector_pair$connector_0$count$count_commands_replayed(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$count$count_commands_replayed


module connector_pair$connector_0$count$count_completions_delivered(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$count$count_completions_delivered


module connector_pair$connector_0$count$count_cqe_unknown_cid(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$count$count_cqe_unknown_cid


module connector_pair$connector_0$count$count_late_discarded(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$count$count_late_discarded


module connector_pair$connector_0$count$count_malformed_capsule(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$count$count_malformed_capsule


module connector_pair$connector_0$count$count_path_errors_sent(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$count$count_path_errors_sent


module connector_pair$connector_0$count$count_read_data_unknown(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$count$count_read_data_unknown


module connector_pair$connector_0$count$count_slots_full(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$count$count_slots_full


module connector_pair$connector_0$count$count_takeovers_acked(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$count$count_takeovers_acked


module connector_pair$connector_0$count$count_unknown_qp(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$count$count_unknown_qp


module connector_pair$connector_0$count$count_wqe_malformed(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$count$count_wqe_malformed


module connector_pair$connector_0$count$count_wqe_unknown_qp(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$count$count_wqe_unknown_qp


module connector_pair$connector_0$count$count_writes_truncated(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$count$count_writes_truncated


module connector_pair$connector_0$count$count_wrong_link(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$count$count_wrong_link


module connector_pair$connector_0$emitter(clock,reset,link_up,fenced,available,issue,issue_controller,issue_header,issue_next,issue_fence,issue_payload,issue_slot,issue_length,idle,to_controller$tdata,to_controller$tlast,to_controller$tvalid,to_controller$tready,read$tdata,read$tlast,read$tvalid,read$tready,read$tag,read$length,read$last,buffer_address,buffer_data,read_table_address,read_table_entry,read_live,read_retire,read_data_unknown);
    
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
    input wire  [6:0] issue_slot;
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
    output reg  [14:0] buffer_address;
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
    localparam  word_shift = 15'b1000;
    localparam  next_word = 15'b1;
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
    reg  [14:0] word$d;
    wire  [14:0] word$q;
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
    connector_pair$connector_0$emitter$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    connector_pair$connector_0$emitter$controller controller(
        .d(controller$d),
        .q(controller$q),
        .clock(controller$clock)
    );
    connector_pair$connector_0$emitter$header header(
        .d(header$d),
        .q(header$q),
        .clock(header$clock)
    );
    connector_pair$connector_0$emitter$next_step next_step(
        .d(next_step$d),
        .q(next_step$q),
        .clock(next_step$clock)
    );
    connector_pair$connector_0$emitter$dropping dropping(
        .d(dropping$d),
        .q(dropping$q),
        .clock(dropping$clock)
    );
    connector_pair$connector_0$emitter$read_discard read_discard(
        .d(read_discard$d),
        .q(read_discard$q),
        .clock(read_discard$clock)
    );
    connector_pair$connector_0$emitter$payload payload(
        .d(payload$d),
        .q(payload$q),
        .clock(payload$clock)
    );
    connector_pair$connector_0$emitter$word word(
        .d(word$d),
        .q(word$q),
        .clock(word$clock)
    );
    connector_pair$connector_0$emitter$words_left words_left(
        .d(words_left$d),
        .q(words_left$q),
        .clock(words_left$clock)
    );
    connector_pair$connector_0$emitter$read_tag read_tag(
        .d(read_tag$d),
        .q(read_tag$q),
        .clock(read_tag$clock)
    );
    connector_pair$connector_0$emitter$read_generation read_generation(
        .d(read_generation$d),
        .q(read_generation$q),
        .clock(read_generation$clock)
    );
    connector_pair$connector_0$emitter$read_length read_length(
        .d(read_length$d),
        .q(read_length$q),
        .clock(read_length$clock)
    );
    connector_pair$connector_0$emitter$read_last read_last(
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
                        word$d = ((issue_slot) & 15'h7fff) << word_shift;
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
    
endmodule // connector_pair$connector_0$emitter


module connector_pair$connector_0$emitter$controller(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$emitter$controller


module connector_pair$connector_0$emitter$dropping(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$emitter$dropping


module connector_pair$connector_0$emitter$header(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$emitter$header


module connector_pair$connector_0$emitter$next_step(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$emitter$next_step


module connector_pair$connector_0$emitter$payload(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$emitter$payload


module connector_pair$connector_0$emitter$read_discard(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$emitter$read_discard


module connector_pair$connector_0$emitter$read_generation(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$emitter$read_generation


module connector_pair$connector_0$emitter$read_last(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$emitter$read_last


module connector_pair$connector_0$emitter$read_length(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$emitter$read_length


module connector_pair$connector_0$emitter$read_tag(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$emitter$read_tag


module connector_pair$connector_0$emitter$step(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$emitter$step


module connector_pair$connector_0$emitter$word(d,q,clock);
    
    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 15'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // connector_pair$connector_0$emitter$word


module connector_pair$connector_0$emitter$words_left(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$emitter$words_left


module connector_pair$connector_0$engine(clock,reset,cfg_valid,cfg_ready,request_free,request_sweep,request_fence,request_controller,capsule_valid,capsule_qp,capsule_slot,capsule_cid,capsule_length,capsule_ready,slot_busy,slot_set,slot_clear,table_clear_done,table_read_address,table_data,table_write_enable,table_write_address,table_write_data,slot_address,meta_data,meta_write_enable,link_waiting,offered_qp,beat_data,beat_lost,take_header,skip,message_finished,message_ended,message_src,message_src_bit,descriptor_read,cqe_low_read,cqe_read,write_ok,read_ok,send_ok,message_length,message_rkey,send_invalidate,invalidate,read_cqe,read_free,read_next_tag,read_allocate,emit_idle,issue,issue_controller,issue_header,issue_next,issue_fence,issue_payload,issue_length,sweeping,sweep_qp,sweep_path_error,sweep_path_error_high,sweep_paused,sweep_done,wr_load,wr_fields,wr_finished,qp,cqe_low,cqe_high,events);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  cfg_valid;
    output reg  cfg_ready;
    output reg  request_free;
    input wire  request_sweep;
    input wire  request_fence;
    input wire  request_controller;
    input wire  capsule_valid;
    input wire  [3:0] capsule_qp;
    input wire  [2:0] capsule_slot;
    input wire  [15:0] capsule_cid;
    input wire  [15:0] capsule_length;
    output reg  capsule_ready;
    input wire  slot_busy;
    output reg  slot_set;
    output reg  slot_clear;
    input wire  table_clear_done;
    output reg  [3:0] table_read_address;
    input wire  [83:0] table_data;
    output reg  table_write_enable;
    output reg  [3:0] table_write_address;
    output reg  [83:0] table_write_data;
    output reg  [6:0] slot_address;
    input wire  [32:0] meta_data;
    output reg  meta_write_enable;
    input wire  link_waiting;
    input wire  [3:0] offered_qp;
    input wire  [63:0] beat_data;
    input wire  beat_lost;
    output reg  take_header;
    output reg  [1:0] skip;
    input wire  message_finished;
    input wire  message_ended;
    input wire  message_src;
    input wire  [1:0] message_src_bit;
    input wire  descriptor_read;
    input wire  cqe_low_read;
    input wire  cqe_read;
    input wire  write_ok;
    input wire  read_ok;
    input wire  send_ok;
    input wire  [15:0] message_length;
    input wire  [31:0] message_rkey;
    input wire  send_invalidate;
    input wire  [31:0] invalidate;
    output reg  read_cqe;
    input wire  read_free;
    input wire  [7:0] read_next_tag;
    output reg  read_allocate;
    input wire  emit_idle;
    output reg  issue;
    output reg  issue_controller;
    output reg  [63:0] issue_header;
    output reg  [2:0] issue_next;
    output reg  issue_fence;
    output reg  [63:0] issue_payload;
    output reg  [15:0] issue_length;
    output reg  sweeping;
    input wire  [3:0] sweep_qp;
    input wire  sweep_path_error;
    input wire  [63:0] sweep_path_error_high;
    input wire  sweep_paused;
    input wire  sweep_done;
    output reg  wr_load;
    output reg  [58:0] wr_fields;
    input wire  wr_finished;
    output reg  [3:0] qp;
    output reg  [63:0] cqe_low;
    output reg  [63:0] cqe_high;
    output reg  [8:0] events;
    
    // Constant declarations
    localparam  slot_shift = 7'b11;
    localparam  no_controllers = 2'b0;
    localparam  type_command = 64'h1;
    localparam  type_takeover = 64'h800000002;
    localparam  type_fence = 64'h4;
    localparam  kind_send_invalidate = 2'b1;
    localparam  kind_write = 2'b10;
    localparam  kind_read = 2'b11;
    localparam  path_error_status = 64'h6e0000000000000;
    localparam  status_mask = 16'hffe;
    localparam  status_success = 16'h0;
    localparam  cid_above_slot = 16'hfff8;
    localparam  cqe_cid_field = 64'hffff00000000;
    localparam  cqe_low_empty = 64'h0;
    localparam  completion_send = 59'h400000000000040;
    localparam  no_events = 9'b0;
    localparam  shift_16 = 64'h10;
    localparam  shift_32 = 64'h20;
    localparam  shift_48 = 64'h30;
    localparam  one_more_16 = 16'h1;
    localparam  one_more_8 = 8'h1;
    localparam  no_outstanding = 8'h0;
    localparam  sq_step = 7'b1;
    
    // Enums
    localparam EmitStep$Idle = 0;
    localparam EmitStep$Header = 1;
    localparam EmitStep$Payload = 2;
    localparam EmitStep$Slot = 3;
    localparam EmitStep$ReadLookup = 4;
    localparam EmitStep$ReadPass = 5;
    localparam EngineStep$Clear = 0;
    localparam EngineStep$Idle = 1;
    localparam EngineStep$CapsuleLoad = 2;
    localparam EngineStep$CapsuleDecide = 3;
    localparam EngineStep$Reading = 4;
    localparam EngineStep$WqeDecide = 5;
    localparam EngineStep$CqeLoad = 6;
    localparam EngineStep$CqeDecide = 7;
    localparam EngineStep$WrIssue = 8;
    localparam EngineStep$DrainCheck = 9;
    localparam EngineStep$DrainTakeover = 10;
    localparam EngineStep$Sweeping = 11;
    
    // Stub signals
    reg  [3:0] step$d;
    wire  [3:0] step$q;
    reg  step$clock;
    reg  [3:0] resume$d;
    wire  [3:0] resume$q;
    reg  resume$clock;
    reg  [3:0] qp_reg$d;
    wire  [3:0] qp_reg$q;
    reg  qp_reg$clock;
    reg  [2:0] slot$d;
    wire  [2:0] slot$q;
    reg  slot$clock;
    reg  [83:0] entry$d;
    wire  [83:0] entry$q;
    reg  entry$clock;
    reg  [63:0] cqe_low_reg$d;
    wire  [63:0] cqe_low_reg$q;
    reg  cqe_low_reg$clock;
    reg  [63:0] cqe_high_reg$d;
    wire  [63:0] cqe_high_reg$q;
    reg  cqe_high_reg$clock;
    reg  sweep_held$d;
    wire  sweep_held$q;
    reg  sweep_held$clock;
    reg  serve_link$d;
    wire  serve_link$q;
    reg  serve_link$clock;
    reg  capsule_blocked$d;
    wire  capsule_blocked$q;
    reg  capsule_blocked$clock;
    reg  prefer_link$d;
    wire  prefer_link$q;
    reg  prefer_link$clock;
    
    // Local signals
    reg  pick_link;
    reg  capsule_ok;
    reg  finish;
    reg  [83:0] table_entry;
    reg  [15:0] cqe_cid;
    reg  [15:0] capsule_controller_cid;
    reg  [15:0] slot_controller_cid;
    reg  cqe_status_ok;
    
    // Sub module instances
    connector_pair$connector_0$engine$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    connector_pair$connector_0$engine$resume resume(
        .d(resume$d),
        .q(resume$q),
        .clock(resume$clock)
    );
    connector_pair$connector_0$engine$qp_reg qp_reg(
        .d(qp_reg$d),
        .q(qp_reg$q),
        .clock(qp_reg$clock)
    );
    connector_pair$connector_0$engine$slot slot(
        .d(slot$d),
        .q(slot$q),
        .clock(slot$clock)
    );
    connector_pair$connector_0$engine$entry entry(
        .d(entry$d),
        .q(entry$q),
        .clock(entry$clock)
    );
    connector_pair$connector_0$engine$cqe_low_reg cqe_low_reg(
        .d(cqe_low_reg$d),
        .q(cqe_low_reg$q),
        .clock(cqe_low_reg$clock)
    );
    connector_pair$connector_0$engine$cqe_high_reg cqe_high_reg(
        .d(cqe_high_reg$d),
        .q(cqe_high_reg$q),
        .clock(cqe_high_reg$clock)
    );
    connector_pair$connector_0$engine$sweep_held sweep_held(
        .d(sweep_held$d),
        .q(sweep_held$q),
        .clock(sweep_held$clock)
    );
    connector_pair$connector_0$engine$serve_link serve_link(
        .d(serve_link$d),
        .q(serve_link$q),
        .clock(serve_link$clock)
    );
    connector_pair$connector_0$engine$capsule_blocked capsule_blocked(
        .d(capsule_blocked$d),
        .q(capsule_blocked$q),
        .clock(capsule_blocked$clock)
    );
    connector_pair$connector_0$engine$prefer_link prefer_link(
        .d(prefer_link$d),
        .q(prefer_link$q),
        .clock(prefer_link$clock)
    );
    
    // Update code
    always @(*) begin
        step$clock = clock;
        resume$clock = clock;
        qp_reg$clock = clock;
        slot$clock = clock;
        entry$clock = clock;
        cqe_low_reg$clock = clock;
        cqe_high_reg$clock = clock;
        sweep_held$clock = clock;
        serve_link$clock = clock;
        capsule_blocked$clock = clock;
        prefer_link$clock = clock;
        step$d = step$q;
        resume$d = resume$q;
        qp_reg$d = qp_reg$q;
        slot$d = slot$q;
        entry$d = entry$q;
        cqe_low_reg$d = cqe_low_reg$q;
        cqe_high_reg$d = cqe_high_reg$q;
        sweep_held$d = sweep_held$q;
        serve_link$d = serve_link$q;
        capsule_blocked$d = capsule_blocked$q;
        prefer_link$d = prefer_link$q;
        qp = qp_reg$q;
        cqe_low = cqe_low_reg$q;
        cqe_high = cqe_high_reg$q;
        sweeping = step$q == EngineStep$Sweeping;
        capsule_ready = 1'b0;
        slot_address = (((qp_reg$q) & 7'h7f) << slot_shift) | ((slot$q) & 7'h7f);
        table_read_address = qp_reg$q;
        table_write_enable = 1'b0;
        table_write_address = qp_reg$q;
        table_entry = entry$q;
        meta_write_enable = 1'b0;
        slot_set = 1'b0;
        slot_clear = 1'b0;
        cqe_cid = cqe_high_reg$q[(32'h20)+:(16)];
        capsule_controller_cid = (capsule_cid & cid_above_slot) | ((capsule_slot) & 16'hffff);
        slot_controller_cid = (meta_data[(64'h0)+:(16)] & cid_above_slot) | ((slot$q) & 16'hffff);
        cqe_status_ok = (cqe_high_reg$q[(32'h30)+:(16)] & status_mask) == status_success;
        finish = 1'b0;
        read_cqe = 1'b0;
        skip = no_controllers;
        capsule_ok = capsule_valid & ~capsule_blocked$q;
        pick_link = link_waiting & (~capsule_ok | prefer_link$q);
        take_header = 1'b0;
        read_allocate = 1'b0;
        issue = 1'b0;
        issue_controller = entry$q[(64'h1)+:(1)];
        issue_header = type_command | (((qp_reg$q) & 64'hffffffffffffffff) << shift_16) | (((capsule_length) & 64'hffffffffffffffff) << shift_32) | (((capsule_controller_cid) & 64'hffffffffffffffff) << shift_48);
        issue_next = EmitStep$Slot;
        issue_fence = 1'b0;
        issue_payload = ((entry$q[(64'h5)+:(16)]) & 64'hffffffffffffffff) | (((entry$q[(64'h15)+:(7)]) & 64'hffffffffffffffff) << shift_16) | (((entry$q[(64'h2c)+:(8)]) & 64'hffffffffffffffff) << shift_32);
        issue_length = capsule_length;
        wr_load = 1'b0;
        wr_fields = completion_send;
        cfg_ready = (step$q == EngineStep$Idle) & ~sweep_held$q;
        request_free = cfg_ready & ~cfg_valid;
        events = no_events;
        case (step$q)
            EngineStep$Clear:
                begin
                    if (table_clear_done) begin
                        step$d = EngineStep$Idle;
                    end
                end
            EngineStep$Idle:
                begin
                    if (sweep_held$q) begin
                        serve_link$d = 1'b0;
                        if (serve_link$q & link_waiting) begin
                            take_header = 1'b1;
                        end
                        else begin
                            sweep_held$d = 1'b0;
                            step$d = EngineStep$Sweeping;
                        end
                    end
                    else if (cfg_valid) begin
                    end
                    else if (request_sweep) begin
                        step$d = EngineStep$Sweeping;
                    end
                    else if (request_fence) begin
                        issue = 1'b1;
                        issue_controller = request_controller;
                        issue_header = type_fence;
                        issue_next = EmitStep$Idle;
                        issue_fence = 1'b1;
                    end
                    else if (pick_link) begin
                        take_header = 1'b1;
                    end
                    else if (capsule_ok) begin
                        qp_reg$d = capsule_qp;
                        slot$d = capsule_slot;
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
                    table_entry = table_data;
                    entry$d = table_data;
                    if (~table_data[(64'h0)+:(1)]) begin
                        events[(64'h2)+:(1)] = 1'b1;
                        capsule_ready = 1'b1;
                        step$d = EngineStep$Idle;
                    end
                    else if (table_data[(64'h4)+:(1)]) begin
                        capsule_blocked$d = 1'b1;
                        step$d = EngineStep$Idle;
                    end
                    else if (table_data[(64'h3)+:(1)]) begin
                        table_entry[(64'h15)+:(7)] = table_data[(64'h15)+:(7)] + sq_step;
                        table_write_enable = 1'b1;
                        events[(64'h8)+:(1)] = 1'b1;
                        capsule_ready = 1'b1;
                        cqe_low_reg$d = cqe_low_empty;
                        cqe_high_reg$d = ((table_entry[(64'h15)+:(7)]) & 64'hffffffffffffffff) | (((capsule_cid) & 64'hffffffffffffffff) << shift_32) | path_error_status;
                        wr_load = 1'b1;
                        wr_fields[(64'h3a)+:(1)] = 1'b0;
                        resume$d = EngineStep$Idle;
                        step$d = EngineStep$WrIssue;
                    end
                    else if (emit_idle) begin
                        slot_set = 1'b1;
                        meta_write_enable = 1'b1;
                        table_entry[(64'h15)+:(7)] = table_data[(64'h15)+:(7)] + sq_step;
                        table_entry[(64'h2c)+:(8)] = table_data[(64'h2c)+:(8)] + one_more_8;
                        table_entry[(64'h34)+:(16)] = table_data[(64'h34)+:(16)] + one_more_16;
                        table_write_enable = 1'b1;
                        issue = 1'b1;
                        issue_controller = table_data[(64'h1)+:(1)];
                        events[(64'h0)+:(1)] = 1'b1;
                        capsule_ready = 1'b1;
                        step$d = EngineStep$Idle;
                    end
                end
            EngineStep$Reading:
                begin
                    if (message_finished) begin
                        step$d = EngineStep$Idle;
                    end
                    if (descriptor_read) begin
                        step$d = EngineStep$WqeDecide;
                    end
                    if (cqe_low_read) begin
                        cqe_low_reg$d = beat_data;
                    end
                    if (cqe_read) begin
                        cqe_high_reg$d = beat_data;
                        slot$d = beat_data[(32'h20)+:(3)];
                        step$d = EngineStep$CqeLoad;
                    end
                end
            EngineStep$WqeDecide:
                begin
                    entry$d = table_data;
                    wr_fields[(64'h2)+:(16)] = message_length;
                    wr_fields[(64'h12)+:(32)] = message_rkey;
                    resume$d = EngineStep$Idle;
                    if (beat_lost) begin
                        events[(64'h7)+:(1)] = 1'b1;
                        finish = 1'b1;
                    end
                    else if (~table_data[(64'h0)+:(1)]) begin
                        events[(64'h3)+:(1)] = 1'b1;
                        finish = 1'b1;
                    end
                    else if ((table_data[(64'h1)+:(1)] != message_src) | table_data[(64'h3)+:(1)]) begin
                        events[(64'h6)+:(1)] = 1'b1;
                        finish = 1'b1;
                    end
                    else if (write_ok) begin
                        wr_load = 1'b1;
                        wr_fields[(64'h0)+:(2)] = kind_write;
                        step$d = EngineStep$WrIssue;
                    end
                    else if (read_ok) begin
                        if (read_free) begin
                            read_allocate = 1'b1;
                            wr_load = 1'b1;
                            wr_fields[(64'h0)+:(2)] = kind_read;
                            wr_fields[(64'h32)+:(8)] = read_next_tag;
                            step$d = EngineStep$WrIssue;
                        end
                    end
                    else if (send_ok) begin
                        read_cqe = 1'b1;
                        step$d = EngineStep$Reading;
                    end
                    else begin
                        events[(64'h4)+:(1)] = 1'b1;
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
                    if (beat_lost) begin
                        events[(64'h7)+:(1)] = 1'b1;
                    end
                    else if (slot_busy & (slot_controller_cid == cqe_cid)) begin
                        cqe_high_reg$d = (cqe_high_reg$q & ~cqe_cid_field) | (((meta_data[(64'h0)+:(16)]) & 64'hffffffffffffffff) << shift_32);
                        slot_clear = 1'b1;
                        table_entry[(64'h2c)+:(8)] = entry$q[(64'h2c)+:(8)] - one_more_8;
                        table_entry[(64'h1c)+:(16)] = cqe_high_reg$q[(32'h0)+:(16)];
                        table_entry[(64'h44)+:(16)] = entry$q[(64'h44)+:(16)] + one_more_16;
                        if (meta_data[(64'h20)+:(1)] & cqe_status_ok) begin
                            table_entry[(64'h5)+:(16)] = cqe_low_reg$q[(32'h0)+:(16)];
                        end
                        table_write_enable = 1'b1;
                        entry$d = table_entry;
                        events[(64'h1)+:(1)] = 1'b1;
                        capsule_blocked$d = 1'b0;
                        wr_load = 1'b1;
                        if (send_invalidate) begin
                            wr_fields[(64'h0)+:(2)] = kind_send_invalidate;
                        end
                        wr_fields[(64'h12)+:(32)] = invalidate;
                        resume$d = EngineStep$DrainCheck;
                        step$d = EngineStep$WrIssue;
                    end
                    else begin
                        events[(64'h5)+:(1)] = 1'b1;
                    end
                    if (~message_ended) begin
                        skip = message_src_bit;
                    end
                end
            EngineStep$WrIssue:
                begin
                    if (wr_finished) begin
                        step$d = resume$q;
                    end
                end
            EngineStep$DrainCheck:
                begin
                    step$d = EngineStep$Idle;
                    if (entry$q[(64'h4)+:(1)] & (entry$q[(64'h2c)+:(8)] == no_outstanding)) begin
                        step$d = EngineStep$DrainTakeover;
                    end
                end
            EngineStep$DrainTakeover:
                begin
                    if (emit_idle) begin
                        table_entry[(64'h1)+:(1)] = entry$q[(64'h2)+:(1)];
                        table_entry[(64'h4)+:(1)] = 1'b0;
                        table_write_enable = 1'b1;
                        issue = 1'b1;
                        issue_controller = entry$q[(64'h2)+:(1)];
                        issue_header = type_takeover | (((qp_reg$q) & 64'hffffffffffffffff) << shift_16);
                        issue_next = EmitStep$Payload;
                        step$d = EngineStep$Idle;
                    end
                end
            EngineStep$Sweeping:
                begin
                    if (sweep_path_error) begin
                        events[(64'h8)+:(1)] = 1'b1;
                        qp_reg$d = sweep_qp;
                        cqe_low_reg$d = cqe_low_empty;
                        cqe_high_reg$d = sweep_path_error_high;
                        wr_load = 1'b1;
                        wr_fields[(64'h3a)+:(1)] = 1'b0;
                        resume$d = EngineStep$Sweeping;
                        step$d = EngineStep$WrIssue;
                    end
                    if (sweep_paused) begin
                        sweep_held$d = 1'b1;
                        serve_link$d = 1'b1;
                        step$d = EngineStep$Idle;
                    end
                    if (sweep_done) begin
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
            qp_reg$d = offered_qp;
            prefer_link$d = 1'b0;
            step$d = EngineStep$Reading;
        end
        if (finish) begin
            step$d = EngineStep$Idle;
            if (~message_ended) begin
                skip = message_src_bit;
            end
        end
        table_write_data = table_entry;
        if (reset) begin
            step$d = EngineStep$Clear;
            capsule_blocked$d = 1'b0;
            sweep_held$d = 1'b0;
            serve_link$d = 1'b0;
        end
    end
    
endmodule // connector_pair$connector_0$engine


module connector_pair$connector_0$engine$capsule_blocked(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$engine$capsule_blocked


module connector_pair$connector_0$engine$cqe_high_reg(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$engine$cqe_high_reg


module connector_pair$connector_0$engine$cqe_low_reg(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$engine$cqe_low_reg


module connector_pair$connector_0$engine$entry(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$engine$entry


module connector_pair$connector_0$engine$prefer_link(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$engine$prefer_link


module connector_pair$connector_0$engine$qp_reg(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$engine$qp_reg


module connector_pair$connector_0$engine$resume(d,q,clock);
    
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
    localparam EngineStep$DrainCheck = 9;
    localparam EngineStep$DrainTakeover = 10;
    localparam EngineStep$Sweeping = 11;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // connector_pair$connector_0$engine$resume


module connector_pair$connector_0$engine$serve_link(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$engine$serve_link


module connector_pair$connector_0$engine$slot(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$engine$slot


module connector_pair$connector_0$engine$step(d,q,clock);
    
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
    localparam EngineStep$DrainCheck = 9;
    localparam EngineStep$DrainTakeover = 10;
    localparam EngineStep$Sweeping = 11;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // connector_pair$connector_0$engine$step


module connector_pair$connector_0$engine$sweep_held(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$engine$sweep_held


module connector_pair$connector_0$intake(clock,reset,from_a$tdata,from_a$tlast,from_a$tvalid,from_a$tready,from_b$tdata,from_b$tlast,from_b$tvalid,from_b$tready,link_up,fenced,available,heard,waiting,offered$from_b,offered$kind,offered$fields,offered$last,take_header,beat$src,beat$data,beat$last,beat$valid,beat$lost,beat$take,mover_busy,mover_src,mover_take,skip);
    
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
    connector_pair$connector_0$intake$at_header at_header(
        .d(at_header$d),
        .q(at_header$q),
        .clock(at_header$clock)
    );
    connector_pair$connector_0$intake$draining draining(
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
    
endmodule // connector_pair$connector_0$intake


module connector_pair$connector_0$intake$at_header(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$intake$at_header


module connector_pair$connector_0$intake$draining(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$intake$draining


module connector_pair$connector_0$issuer(clock,reset,load,load_fields,qp,va,src,cqe_low,cqe_high,finished,work_from,valid,ready,work_qp,kind,length,work_va,rkey,tag,payload$tdata,payload$tlast,payload$tvalid,payload$tready,from_a_tdata,from_a_tvalid,from_a_tlast,from_b_tdata,from_b_tvalid,from_b_tlast,available,mover_busy,mover_src,mover_take,mover_skip,write_truncated);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  load;
    input wire  [58:0] load_fields;
    input wire  [3:0] qp;
    input wire  [63:0] va;
    input wire  src;
    input wire  [63:0] cqe_low;
    input wire  [63:0] cqe_high;
    output reg  finished;
    output reg  [1:0] work_from;
    output reg  valid;
    input wire  ready;
    output reg  [3:0] work_qp;
    output reg  [1:0] kind;
    output reg  [15:0] length;
    output reg  [63:0] work_va;
    output reg  [31:0] rkey;
    output reg  [7:0] tag;
    output reg  [63:0] payload$tdata;
    output reg  payload$tlast;
    output reg  payload$tvalid;
    input wire  payload$tready;
    input wire  [63:0] from_a_tdata;
    input wire  from_a_tvalid;
    input wire  from_a_tlast;
    input wire  [63:0] from_b_tdata;
    input wire  from_b_tvalid;
    input wire  from_b_tlast;
    input wire  [1:0] available;
    output reg  mover_busy;
    output reg  mover_src;
    output reg  mover_take;
    output reg  [1:0] mover_skip;
    output reg  write_truncated;
    
    // Constant declarations
    localparam  kind_write = 2'b10;
    localparam  kind_read = 2'b11;
    localparam  link_a_bit = 2'b1;
    localparam  link_b_bit = 2'b10;
    localparam  no_link = 2'b0;
    
    // Enums
    localparam IssueStep$Idle = 0;
    localparam IssueStep$Offer = 1;
    localparam IssueStep$CqeLow = 2;
    localparam IssueStep$CqeHigh = 3;
    
    // Stub signals
    reg  [1:0] step$d;
    wire  [1:0] step$q;
    reg  step$clock;
    reg  [58:0] fields$d;
    wire  [58:0] fields$q;
    reg  fields$clock;
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
    
    // Local signals
    reg  taken;
    
    // Sub module instances
    connector_pair$connector_0$issuer$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    connector_pair$connector_0$issuer$fields fields(
        .d(fields$d),
        .q(fields$q),
        .clock(fields$clock)
    );
    connector_pair$connector_0$issuer$mover mover(
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
    
    // Update code
    always @(*) begin
        step$clock = clock;
        fields$clock = clock;
        step$d = step$q;
        fields$d = fields$q;
        if (load) begin
            fields$d = load_fields;
            step$d = IssueStep$Offer;
        end
        work_qp = qp;
        kind = fields$q[(64'h0)+:(2)];
        length = fields$q[(64'h2)+:(16)];
        work_va = va;
        rkey = fields$q[(64'h12)+:(32)];
        tag = fields$q[(64'h32)+:(8)];
        valid = 1'b0;
        payload$tdata = cqe_low;
        payload$tlast = 1'b0;
        payload$tvalid = 1'b0;
        finished = 1'b0;
        work_from = no_link;
        taken = 1'b0;
        case (step$q)
            IssueStep$Offer:
                begin
                    valid = ~mover$busy;
                    taken = ready & ~mover$busy;
                    if (taken) begin
                        if (fields$q[(64'h3a)+:(1)]) begin
                            work_from = link_a_bit;
                            if (src) begin
                                work_from = link_b_bit;
                            end
                        end
                        if ((fields$q[(64'h0)+:(2)] == kind_write) | (fields$q[(64'h0)+:(2)] == kind_read)) begin
                            finished = 1'b1;
                            step$d = IssueStep$Idle;
                        end
                        else begin
                            step$d = IssueStep$CqeLow;
                        end
                    end
                end
            IssueStep$CqeLow:
                begin
                    payload$tvalid = 1'b1;
                    if (payload$tready) begin
                        step$d = IssueStep$CqeHigh;
                    end
                end
            IssueStep$CqeHigh:
                begin
                    payload$tdata = cqe_high;
                    payload$tvalid = 1'b1;
                    payload$tlast = 1'b1;
                    if (payload$tready) begin
                        finished = 1'b1;
                        step$d = IssueStep$Idle;
                    end
                end
            default:
                begin
                end
        endcase
        mover$clock = clock;
        mover$reset = reset;
        mover$start = taken & (fields$q[(64'h0)+:(2)] == kind_write);
        mover$start_src = src;
        mover$start_length = fields$q[(64'h2)+:(16)];
        mover$from_a_tdata = from_a_tdata;
        mover$from_a_tvalid = from_a_tvalid;
        mover$from_a_tlast = from_a_tlast;
        mover$from_b_tdata = from_b_tdata;
        mover$from_b_tvalid = from_b_tvalid;
        mover$from_b_tlast = from_b_tlast;
        mover$available = available;
        mover$payload_tready = payload$tready;
        if (mover$busy) begin
            payload$tdata = mover$payload_tdata;
            payload$tlast = mover$payload_tlast;
            payload$tvalid = mover$payload_tvalid;
        end
        mover_busy = mover$busy;
        mover_src = mover$src;
        mover_take = mover$take;
        mover_skip = mover$skip;
        write_truncated = mover$write_truncated;
        if (reset) begin
            step$d = IssueStep$Idle;
        end
    end
    
endmodule // connector_pair$connector_0$issuer


module connector_pair$connector_0$issuer$fields(d,q,clock);
    
    // Module arguments
    input wire  [58:0] d;
    output reg  [58:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 59'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // connector_pair$connector_0$issuer$fields


module connector_pair$connector_0$issuer$mover(clock,reset,start,start_src,start_length,busy,src,from_a_tdata,from_a_tvalid,from_a_tlast,from_b_tdata,from_b_tvalid,from_b_tlast,take,available,payload_tdata,payload_tlast,payload_tvalid,payload_tready,skip,write_truncated);
    
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
    connector_pair$connector_0$issuer$mover$moving moving(
        .d(moving$d),
        .q(moving$q),
        .clock(moving$clock)
    );
    connector_pair$connector_0$issuer$mover$from_b from_b(
        .d(from_b$d),
        .q(from_b$q),
        .clock(from_b$clock)
    );
    connector_pair$connector_0$issuer$mover$closing closing(
        .d(closing$d),
        .q(closing$q),
        .clock(closing$clock)
    );
    connector_pair$connector_0$issuer$mover$words_left words_left(
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
    
endmodule // connector_pair$connector_0$issuer$mover


module connector_pair$connector_0$issuer$mover$closing(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$issuer$mover$closing


module connector_pair$connector_0$issuer$mover$from_b(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$issuer$mover$from_b


module connector_pair$connector_0$issuer$mover$moving(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$issuer$mover$moving


module connector_pair$connector_0$issuer$mover$words_left(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$issuer$mover$words_left


module connector_pair$connector_0$issuer$step(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam IssueStep$Idle = 0;
    localparam IssueStep$Offer = 1;
    localparam IssueStep$CqeLow = 2;
    localparam IssueStep$CqeHigh = 3;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // connector_pair$connector_0$issuer$step


module connector_pair$connector_0$meta(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [32:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [32:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[32:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // connector_pair$connector_0$meta


module connector_pair$connector_0$qp_table(clock,reset,read_address,read_data,write_enable,write_address,write_data,cfg_take,cfg_qp,cfg_enable,cfg_controller,clear_done);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [3:0] read_address;
    output reg  [83:0] read_data;
    input wire  write_enable;
    input wire  [3:0] write_address;
    input wire  [83:0] write_data;
    input wire  cfg_take;
    input wire  [3:0] cfg_qp;
    input wire  cfg_enable;
    input wire  cfg_controller;
    output reg  clear_done;
    
    // Constant declarations
    localparam  qp_step = 4'h1;
    localparam  first_qp = 4'h0;
    localparam  last_qp = 4'hf;
    localparam  cleared_entry = 84'h0;
    
    // Stub signals
    reg  [3:0] ram$read_address;
    reg  ram$read_clock;
    wire  [83:0] ram$read_data;
    reg  [3:0] ram$write_address;
    reg  ram$write_clock;
    reg  [83:0] ram$write_data;
    reg  ram$write_enable;
    reg  cleared$d;
    wire  cleared$q;
    reg  cleared$clock;
    reg  [3:0] clear_qp$d;
    wire  [3:0] clear_qp$q;
    reg  clear_qp$clock;
    
    // Sub module instances
    connector_pair$connector_0$qp_table$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    connector_pair$connector_0$qp_table$cleared cleared(
        .d(cleared$d),
        .q(cleared$q),
        .clock(cleared$clock)
    );
    connector_pair$connector_0$qp_table$clear_qp clear_qp(
        .d(clear_qp$d),
        .q(clear_qp$q),
        .clock(clear_qp$clock)
    );
    
    // Update code
    always @(*) begin
        cleared$clock = clock;
        clear_qp$clock = clock;
        cleared$d = cleared$q;
        clear_qp$d = clear_qp$q;
        ram$read_clock = clock;
        ram$write_clock = clock;
        ram$read_address = read_address;
        read_data = ram$read_data;
        ram$write_enable = write_enable;
        ram$write_address = write_address;
        ram$write_data = write_data;
        clear_done = 1'b0;
        if (~cleared$q) begin
            ram$write_enable = 1'b1;
            ram$write_address = clear_qp$q;
            ram$write_data = cleared_entry;
            clear_qp$d = clear_qp$q + qp_step;
            if (clear_qp$q == last_qp) begin
                clear_done = 1'b1;
                cleared$d = 1'b1;
            end
        end
        if (cfg_take) begin
            ram$write_enable = 1'b1;
            ram$write_address = cfg_qp;
            ram$write_data = cleared_entry;
            ram$write_data[(64'h0)+:(1)] = cfg_enable;
            ram$write_data[(64'h1)+:(1)] = cfg_controller;
            ram$write_data[(64'h2)+:(1)] = cfg_controller;
        end
        if (reset) begin
            cleared$d = 1'b0;
            clear_qp$d = first_qp;
        end
    end
    
endmodule // connector_pair$connector_0$qp_table


module connector_pair$connector_0$qp_table$clear_qp(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$qp_table$clear_qp


module connector_pair$connector_0$qp_table$cleared(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$qp_table$cleared


module connector_pair$connector_0$qp_table$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // connector_pair$connector_0$qp_table$ram


module connector_pair$connector_0$read_table(clock,reset,has_free,next_tag,allocate,controller,tag,forget,lookup_index,lookup_entry,live,retire);
    
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
    connector_pair$connector_0$read_table$entries entries(
        .read_address(entries$read_address),
        .read_clock(entries$read_clock),
        .read_data(entries$read_data),
        .write_address(entries$write_address),
        .write_clock(entries$write_clock),
        .write_data(entries$write_data),
        .write_enable(entries$write_enable)
    );
    connector_pair$connector_0$read_table$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    connector_pair$connector_0$read_table$of_b of_b(
        .d(of_b$d),
        .q(of_b$q),
        .clock(of_b$clock)
    );
    connector_pair$connector_0$read_table$fresh fresh(
        .d(fresh$d),
        .q(fresh$q),
        .clock(fresh$clock)
    );
    connector_pair$connector_0$read_table$generation generation(
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
    
endmodule // connector_pair$connector_0$read_table


module connector_pair$connector_0$read_table$entries(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // connector_pair$connector_0$read_table$entries


module connector_pair$connector_0$read_table$fresh(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$read_table$fresh


module connector_pair$connector_0$read_table$generation(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$read_table$generation


module connector_pair$connector_0$read_table$of_b(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$read_table$of_b


module connector_pair$connector_0$read_table$valid(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$read_table$valid


module connector_pair$connector_0$reader(clock,reset,take_header,offered$from_b,offered$kind,offered$fields,offered$last,read_cqe,beat$src,beat$data,beat$last,beat$valid,beat$lost,beat$take,fenced,fence_sent,finished,descriptor_read,cqe_low_read,cqe_read,skip,fence_acked,late_discarded,wqe_unknown_qp,wqe_malformed,takeover_acked,src,src_bit,ended,tag,length,va,rkey,invalidate,write_ok,read_ok,send_ok,send_invalidate);
    
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
    connector_pair$connector_0$reader$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    connector_pair$connector_0$reader$from_b from_b(
        .d(from_b$d),
        .q(from_b$q),
        .clock(from_b$clock)
    );
    connector_pair$connector_0$reader$kind kind(
        .d(kind$d),
        .q(kind$q),
        .clock(kind$clock)
    );
    connector_pair$connector_0$reader$header_qp header_qp(
        .d(header_qp$d),
        .q(header_qp$q),
        .clock(header_qp$clock)
    );
    connector_pair$connector_0$reader$header_length header_length(
        .d(header_length$d),
        .q(header_length$q),
        .clock(header_length$clock)
    );
    connector_pair$connector_0$reader$header_tag header_tag(
        .d(header_tag$d),
        .q(header_tag$q),
        .clock(header_tag$clock)
    );
    connector_pair$connector_0$reader$last_taken last_taken(
        .d(last_taken$d),
        .q(last_taken$q),
        .clock(last_taken$clock)
    );
    connector_pair$connector_0$reader$op op(
        .d(op$d),
        .q(op$q),
        .clock(op$clock)
    );
    connector_pair$connector_0$reader$wqe_length wqe_length(
        .d(wqe_length$d),
        .q(wqe_length$q),
        .clock(wqe_length$clock)
    );
    connector_pair$connector_0$reader$wqe_va wqe_va(
        .d(wqe_va$d),
        .q(wqe_va$q),
        .clock(wqe_va$clock)
    );
    connector_pair$connector_0$reader$wqe_rkey wqe_rkey(
        .d(wqe_rkey$d),
        .q(wqe_rkey$q),
        .clock(wqe_rkey$clock)
    );
    connector_pair$connector_0$reader$wqe_invalidate wqe_invalidate(
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
    
endmodule // connector_pair$connector_0$reader


module connector_pair$connector_0$reader$from_b(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$reader$from_b


module connector_pair$connector_0$reader$header_length(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$reader$header_length


module connector_pair$connector_0$reader$header_qp(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$reader$header_qp


module connector_pair$connector_0$reader$header_tag(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$reader$header_tag


module connector_pair$connector_0$reader$kind(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$reader$kind


module connector_pair$connector_0$reader$last_taken(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$reader$last_taken


module connector_pair$connector_0$reader$op(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$reader$op


module connector_pair$connector_0$reader$step(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$reader$step


module connector_pair$connector_0$reader$wqe_invalidate(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$reader$wqe_invalidate


module connector_pair$connector_0$reader$wqe_length(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$reader$wqe_length


module connector_pair$connector_0$reader$wqe_rkey(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$reader$wqe_rkey


module connector_pair$connector_0$reader$wqe_va(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$reader$wqe_va


module connector_pair$connector_0$receiver(clock,reset,s_axis_tdata,s_axis_tkeep,s_axis_tlast,s_axis_tvalid,s_axis_tready,s_axis_qp,s_axis_message_end,busy,buffer_write_enable,buffer_write_address,buffer_write_data,capsule_valid,capsule_ready,capsule_qp,capsule_slot,capsule_cid,capsule_length,capsule_admin_connect,freed,probe_qp,probe_taken,slots_full,malformed_capsule,capsule_too_long);
    
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
    input wire  [127:0] busy;
    output reg  buffer_write_enable;
    output reg  [14:0] buffer_write_address;
    output reg  [63:0] buffer_write_data;
    output reg  capsule_valid;
    input wire  capsule_ready;
    output reg  [3:0] capsule_qp;
    output reg  [2:0] capsule_slot;
    output reg  [15:0] capsule_cid;
    output reg  [15:0] capsule_length;
    output reg  capsule_admin_connect;
    input wire  [127:0] freed;
    input wire  [3:0] probe_qp;
    output reg  probe_taken;
    output reg  slots_full;
    output reg  malformed_capsule;
    output reg  capsule_too_long;
    
    // Constant declarations
    localparam  slot_bits = 7'b11;
    localparam  slot_bits_wide = 128'h3;
    localparam  qp_slot_mask = 128'hff;
    localparam  zero_slot = 3'b0;
    localparam  one_slot = 3'b1;
    localparam  slot_word_bits = 15'b1000;
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
    localparam  one_slots = 128'h1;
    localparam  zero_slots = 128'h0;
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
    reg  [6:0] queue$read_address;
    reg  queue$read_clock;
    wire  [48:0] queue$read_data;
    reg  [6:0] queue$write_address;
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
    reg  [127:0] queued$d;
    wire  [127:0] queued$q;
    reg  queued$clock;
    reg  [127:0] receiving$d;
    wire  [127:0] receiving$q;
    reg  receiving$clock;
    
    // Local signals
    reg  [127:0] queued_set;
    reg  [127:0] queued_clear;
    reg  pop;
    reg  [127:0] receiving_set;
    reg  [127:0] receiving_clear;
    reg  [127:0] taken;
    reg  [127:0] qp_free;
    reg  [2:0] free_slot;
    reg  free_found;
    reg  [2:0] free_index;
    reg  [15:0] read_next;
    reg  [6:0] head_address;
    reg  [48:0] posted;
    reg  [46:0] next;
    reg  accept;
    reg  first;
    reg  [15:0] cid;
    reg  [2:0] slot;
    reg  [6:0] slot_address;
    reg  [15:0] word;
    reg  [15:0] keep_bytes;
    reg  [15:0] bytes_before;
    reg  short_of_sqe;
    reg  [3:0] sqe_bytes_lacking;
    reg  [7:0] sgl_type;
    
    // Sub module instances
    connector_pair$connector_0$receiver$progress progress(
        .read_address(progress$read_address),
        .read_clock(progress$read_clock),
        .read_data(progress$read_data),
        .write_address(progress$write_address),
        .write_clock(progress$write_clock),
        .write_data(progress$write_data),
        .write_enable(progress$write_enable)
    );
    connector_pair$connector_0$receiver$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    connector_pair$connector_0$receiver$qp qp(
        .d(qp$d),
        .q(qp$q),
        .clock(qp$clock)
    );
    connector_pair$connector_0$receiver$work work(
        .d(work$d),
        .q(work$q),
        .clock(work$clock)
    );
    connector_pair$connector_0$receiver$clear_qp clear_qp(
        .d(clear_qp$d),
        .q(clear_qp$q),
        .clock(clear_qp$clock)
    );
    connector_pair$connector_0$receiver$queue queue(
        .read_address(queue$read_address),
        .read_clock(queue$read_clock),
        .read_data(queue$read_data),
        .write_address(queue$write_address),
        .write_clock(queue$write_clock),
        .write_data(queue$write_data),
        .write_enable(queue$write_enable)
    );
    connector_pair$connector_0$receiver$queue_write queue_write(
        .d(queue_write$d),
        .q(queue_write$q),
        .clock(queue_write$clock)
    );
    connector_pair$connector_0$receiver$queue_filled queue_filled(
        .d(queue_filled$d),
        .q(queue_filled$q),
        .clock(queue_filled$clock)
    );
    connector_pair$connector_0$receiver$queue_read queue_read(
        .d(queue_read$d),
        .q(queue_read$q),
        .clock(queue_read$clock)
    );
    connector_pair$connector_0$receiver$queued queued(
        .d(queued$d),
        .q(queued$q),
        .clock(queued$clock)
    );
    connector_pair$connector_0$receiver$receiving receiving(
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
        capsule_slot = ((queue$read_data[(64'h8)+:(8)]) & 3'h7);
        capsule_length = queue$read_data[(64'h20)+:(16)];
        capsule_admin_connect = queue$read_data[(64'h30)+:(1)];
        pop = capsule_valid & capsule_ready;
        head_address = (((capsule_qp) & 7'h7f) << slot_bits) | ((capsule_slot) & 7'h7f);
        queued_clear = zero_slots;
        read_next = queue_read$q;
        if (pop) begin
            queued_clear = one_slots << ((head_address) & 128'hffffffffffffffffffffffffffffffff);
            read_next = queue_read$q + bytes_1;
        end
        queue_read$d = read_next;
        queue$read_address = ((read_next) & 7'h7f);
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
        qp_free = zero_slots;
        free_found = 1'b0;
        free_slot = zero_slot;
        free_index = zero_slot;
        if (first) begin
            qp_free = ~taken >> (((qp$q) & 128'hffffffffffffffffffffffffffffffff) << slot_bits_wide);
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
        end
        slot = ((work$q[(64'h2)+:(8)]) & 3'h7);
        if (first) begin
            slot = free_slot;
        end
        slot_address = (((qp$q) & 7'h7f) << slot_bits) | ((slot) & 7'h7f);
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
        probe_taken = ~|(~taken & (qp_slot_mask << (((probe_qp) & 128'hffffffffffffffffffffffffffffffff) << slot_bits_wide)));
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
        buffer_write_address = (((slot_address) & 15'h7fff) << slot_word_bits) | ((word[(32'h0)+:(8)]) & 15'h7fff);
        posted[(64'h0)+:(8)] = ((qp$q) & 8'hff);
        posted[(64'h8)+:(8)] = ((slot) & 8'hff);
        posted[(64'h10)+:(16)] = cid;
        posted[(64'h20)+:(16)] = next[(64'h1f)+:(16)];
        posted[(64'h30)+:(1)] = next[(64'hd)+:(1)] & next[(64'he)+:(1)];
        queue$write_enable = 1'b0;
        queue$write_address = ((queue_write$q) & 7'h7f);
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
                            receiving_set = one_slots << ((slot_address) & 128'hffffffffffffffffffffffffffffffff);
                        end
                        if (s_axis_tlast) begin
                            progress$write_enable = 1'b1;
                            progress$write_data = next;
                            step$d = ReceiverStep$Idle;
                            if (s_axis_message_end) begin
                                progress$write_data = cleared;
                                if (~next[(64'h1)+:(1)]) begin
                                    receiving_clear = freed | (one_slots << ((slot_address) & 128'hffffffffffffffffffffffffffffffff));
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
                                    queued_set = one_slots << ((slot_address) & 128'hffffffffffffffffffffffffffffffff);
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
    
endmodule // connector_pair$connector_0$receiver


module connector_pair$connector_0$receiver$clear_qp(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$receiver$clear_qp


module connector_pair$connector_0$receiver$progress(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // connector_pair$connector_0$receiver$progress


module connector_pair$connector_0$receiver$qp(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$receiver$qp


module connector_pair$connector_0$receiver$queue(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [48:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [48:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[48:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // connector_pair$connector_0$receiver$queue


module connector_pair$connector_0$receiver$queue_filled(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$receiver$queue_filled


module connector_pair$connector_0$receiver$queue_read(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$receiver$queue_read


module connector_pair$connector_0$receiver$queue_write(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$receiver$queue_write


module connector_pair$connector_0$receiver$queued(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // connector_pair$connector_0$receiver$queued


module connector_pair$connector_0$receiver$receiving(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // connector_pair$connector_0$receiver$receiving


module connector_pair$connector_0$receiver$step(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$receiver$step


module connector_pair$connector_0$receiver$work(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$receiver$work


module connector_pair$connector_0$requests(clock,reset,fail_start,fence_request,readmit,failback,free,emit_idle,fence_acked,sweep,fence,kind,controller,fence_sent);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [1:0] fail_start;
    input wire  [1:0] fence_request;
    input wire  [1:0] readmit;
    input wire  failback;
    input wire  free;
    input wire  emit_idle;
    input wire  [1:0] fence_acked;
    output reg  sweep;
    output reg  fence;
    output reg  [1:0] kind;
    output reg  controller;
    output reg  [1:0] fence_sent;
    
    // Constant declarations
    localparam  controller_a = 2'b1;
    localparam  controller_b = 2'b10;
    localparam  none = 2'b0;
    
    // Enums
    localparam SweepKind$Fail = 0;
    localparam SweepKind$Readmit = 1;
    localparam SweepKind$Failback = 2;
    
    // Stub signals
    reg  [1:0] fail$d;
    wire  [1:0] fail$q;
    reg  fail$clock;
    reg  [1:0] fence_waiting$d;
    wire  [1:0] fence_waiting$q;
    reg  fence_waiting$clock;
    reg  [1:0] readmit_waiting$d;
    wire  [1:0] readmit_waiting$q;
    reg  readmit_waiting$clock;
    reg  failback_waiting$d;
    wire  failback_waiting$q;
    reg  failback_waiting$clock;
    reg  [1:0] fenced_unanswered$d;
    wire  [1:0] fenced_unanswered$q;
    reg  fenced_unanswered$clock;
    
    // Local signals
    reg  [1:0] pick;
    
    // Sub module instances
    connector_pair$connector_0$requests$fail fail(
        .d(fail$d),
        .q(fail$q),
        .clock(fail$clock)
    );
    connector_pair$connector_0$requests$fence_waiting fence_waiting(
        .d(fence_waiting$d),
        .q(fence_waiting$q),
        .clock(fence_waiting$clock)
    );
    connector_pair$connector_0$requests$readmit_waiting readmit_waiting(
        .d(readmit_waiting$d),
        .q(readmit_waiting$q),
        .clock(readmit_waiting$clock)
    );
    connector_pair$connector_0$requests$failback_waiting failback_waiting(
        .d(failback_waiting$d),
        .q(failback_waiting$q),
        .clock(failback_waiting$clock)
    );
    connector_pair$connector_0$requests$fenced_unanswered fenced_unanswered(
        .d(fenced_unanswered$d),
        .q(fenced_unanswered$q),
        .clock(fenced_unanswered$clock)
    );
    
    // Update code
    always @(*) begin
        fail$clock = clock;
        fence_waiting$clock = clock;
        readmit_waiting$clock = clock;
        failback_waiting$clock = clock;
        fenced_unanswered$clock = clock;
        fail$d = fail$q;
        fence_waiting$d = fence_waiting$q;
        readmit_waiting$d = readmit_waiting$q;
        failback_waiting$d = failback_waiting$q;
        fenced_unanswered$d = fenced_unanswered$q;
        pick = controller_b;
        if (fail$q[32'h0]) begin
            pick = controller_a;
        end
        if (~|fail$q & fence_waiting$q[32'h0]) begin
            pick = controller_a;
        end
        if (~|fail$q & ~|fence_waiting$q & readmit_waiting$q[32'h0]) begin
            pick = controller_a;
        end
        controller = pick[32'h1];
        fence_sent = fenced_unanswered$q;
        fail$d = fail$q | fail_start;
        fence_waiting$d = fence_waiting$q | fence_request;
        readmit_waiting$d = readmit_waiting$q | readmit;
        failback_waiting$d = failback_waiting$q | failback;
        fenced_unanswered$d = fenced_unanswered$q & ~fence_acked;
        sweep = 1'b0;
        fence = 1'b0;
        kind = SweepKind$Fail;
        if (free) begin
            if (|fail$q) begin
                sweep = 1'b1;
                fail$d = (fail$q & ~pick) | fail_start;
                fenced_unanswered$d = fenced_unanswered$q & ~pick;
            end
            else if (|fence_waiting$q & emit_idle) begin
                fence = 1'b1;
                fence_waiting$d = (fence_waiting$q & ~pick) | fence_request;
                fenced_unanswered$d = fenced_unanswered$q | pick;
            end
            else if (|readmit_waiting$q & ~|fence_waiting$q) begin
                sweep = 1'b1;
                kind = SweepKind$Readmit;
                readmit_waiting$d = (readmit_waiting$q & ~pick) | readmit;
            end
            else if (failback_waiting$q & ~|fence_waiting$q & ~|readmit_waiting$q) begin
                sweep = 1'b1;
                kind = SweepKind$Failback;
                failback_waiting$d = failback;
            end
        end
        if (reset) begin
            fail$d = none;
            fence_waiting$d = none;
            readmit_waiting$d = none;
            failback_waiting$d = 1'b0;
            fenced_unanswered$d = none;
        end
    end
    
endmodule // connector_pair$connector_0$requests


module connector_pair$connector_0$requests$fail(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$requests$fail


module connector_pair$connector_0$requests$failback_waiting(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$requests$failback_waiting


module connector_pair$connector_0$requests$fence_waiting(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$requests$fence_waiting


module connector_pair$connector_0$requests$fenced_unanswered(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$requests$fenced_unanswered


module connector_pair$connector_0$requests$readmit_waiting(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$requests$readmit_waiting


module connector_pair$connector_0$slots(clock,reset,slot_address,slot_busy,set,clear,cfg_take,cfg_qp,sweeping,sweep_clear,busy,freed);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [6:0] slot_address;
    output reg  slot_busy;
    input wire  set;
    input wire  clear;
    input wire  cfg_take;
    input wire  [3:0] cfg_qp;
    input wire  sweeping;
    input wire  [127:0] sweep_clear;
    output reg  [127:0] busy;
    output reg  [127:0] freed;
    
    // Constant declarations
    localparam  first_slot_bit = 128'h1;
    localparam  qp_slot_mask = 128'hff;
    localparam  slot_shift = 128'h3;
    localparam  no_slots = 128'h0;
    
    // Stub signals
    reg  [127:0] busy_slots$d;
    wire  [127:0] busy_slots$q;
    reg  busy_slots$clock;
    
    // Local signals
    reg  [127:0] slot_bit;
    reg  [127:0] set_bits;
    reg  [127:0] clear_bits;
    
    // Sub module instances
    connector_pair$connector_0$slots$busy_slots busy_slots(
        .d(busy_slots$d),
        .q(busy_slots$q),
        .clock(busy_slots$clock)
    );
    
    // Update code
    always @(*) begin
        busy_slots$clock = clock;
        busy_slots$d = busy_slots$q;
        busy = busy_slots$q;
        slot_busy = busy_slots$q[slot_address];
        slot_bit = no_slots;
        if (set | clear) begin
            slot_bit = first_slot_bit << ((slot_address) & 128'hffffffffffffffffffffffffffffffff);
        end
        set_bits = no_slots;
        if (set) begin
            set_bits = slot_bit;
        end
        clear_bits = no_slots;
        if (sweeping) begin
            clear_bits = sweep_clear;
        end
        if (clear) begin
            clear_bits = slot_bit;
        end
        freed = no_slots;
        if (cfg_take) begin
            freed = qp_slot_mask << (((cfg_qp) & 128'hffffffffffffffffffffffffffffffff) << slot_shift);
            clear_bits = freed;
        end
        busy_slots$d = (busy_slots$q | set_bits) & ~clear_bits;
        if (reset) begin
            busy_slots$d = no_slots;
        end
    end
    
endmodule // connector_pair$connector_0$slots


module connector_pair$connector_0$slots$busy_slots(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // connector_pair$connector_0$slots$busy_slots


module connector_pair$connector_0$sweeper(clock,reset,start,start_kind,start_controller,active,link_waiting,available,busy,table_data,slot_cid,slot_length,emit_idle,qp,slot_address,table_write,table_entry,issue,issue_controller,issue_header,issue_next,issue_payload,issue_length,path_error,path_error_high,busy_clear,command_replayed,paused,done);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    input wire  [1:0] start_kind;
    input wire  start_controller;
    input wire  active;
    input wire  link_waiting;
    input wire  [1:0] available;
    input wire  [127:0] busy;
    input wire  [83:0] table_data;
    input wire  [15:0] slot_cid;
    input wire  [15:0] slot_length;
    input wire  emit_idle;
    output reg  [3:0] qp;
    output reg  [6:0] slot_address;
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
    output reg  [127:0] busy_clear;
    output reg  command_replayed;
    output reg  paused;
    output reg  done;
    
    // Constant declarations
    localparam  first_qp = 4'h0;
    localparam  next_qp = 4'h1;
    localparam  last_qp = 4'hf;
    localparam  first_slot = 3'b0;
    localparam  next_slot = 3'b1;
    localparam  slot_shift = 7'b11;
    localparam  slot_shift_wide = 128'h3;
    localparam  qp_slot_mask = 128'hff;
    localparam  one_slot_bit = 128'h1;
    localparam  no_slots = 128'h0;
    localparam  nothing_outstanding = 8'h0;
    localparam  type_command = 64'h1;
    localparam  type_takeover = 64'h800000002;
    localparam  flag_replay = 64'h100;
    localparam  path_error_status = 64'h6e0000000000000;
    localparam  cid_above_slot = 16'hfff8;
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
    reg  [2:0] slot$d;
    wire  [2:0] slot$q;
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
    reg  [127:0] slot_bit;
    reg  slot_busy;
    reg  [127:0] qp_slots;
    reg  qp_busy;
    reg  later_busy;
    reg  [15:0] controller_cid;
    
    // Sub module instances
    connector_pair$connector_0$sweeper$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    connector_pair$connector_0$sweeper$kind kind(
        .d(kind$d),
        .q(kind$q),
        .clock(kind$clock)
    );
    connector_pair$connector_0$sweeper$controller controller(
        .d(controller$d),
        .q(controller$q),
        .clock(controller$clock)
    );
    connector_pair$connector_0$sweeper$at_qp at_qp(
        .d(at_qp$d),
        .q(at_qp$q),
        .clock(at_qp$clock)
    );
    connector_pair$connector_0$sweeper$slot slot(
        .d(slot$d),
        .q(slot$q),
        .clock(slot$clock)
    );
    connector_pair$connector_0$sweeper$entry entry(
        .d(entry$d),
        .q(entry$q),
        .clock(entry$clock)
    );
    connector_pair$connector_0$sweeper$at_takeover at_takeover(
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
        slot_address = (((at_qp$q) & 7'h7f) << slot_shift) | ((slot$q) & 7'h7f);
        slot_bit = no_slots;
        slot_busy = 1'b0;
        qp_slots = no_slots;
        qp_busy = 1'b0;
        later_busy = 1'b0;
        if (step$q != SweepStep$Idle) begin
            slot_bit = one_slot_bit << ((slot_address) & 128'hffffffffffffffffffffffffffffffff);
            slot_busy = busy[slot_address];
            qp_slots = qp_slot_mask << (((at_qp$q) & 128'hffffffffffffffffffffffffffffffff) << slot_shift_wide);
            qp_busy = |(busy & qp_slots);
            later_busy = |(busy & ~((slot_bit << one_slot_bit) - one_slot_bit) & qp_slots);
        end
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
    
endmodule // connector_pair$connector_0$sweeper


module connector_pair$connector_0$sweeper$at_qp(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$sweeper$at_qp


module connector_pair$connector_0$sweeper$at_takeover(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$sweeper$at_takeover


module connector_pair$connector_0$sweeper$controller(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$sweeper$controller


module connector_pair$connector_0$sweeper$entry(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$sweeper$entry


module connector_pair$connector_0$sweeper$kind(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$sweeper$kind


module connector_pair$connector_0$sweeper$slot(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$sweeper$slot


module connector_pair$connector_0$sweeper$step(d,q,clock);
    
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
          
endmodule // connector_pair$connector_0$sweeper$step


module connector_pair$connector_1(clock,reset,s_axis_tdata,s_axis_tkeep,s_axis_tlast,s_axis_tvalid,s_axis_tready,s_axis_qp,s_axis_message_end,cfg_valid,cfg_ready,cfg_qp,cfg_enable,cfg_controller,link_up,fenced,available,fail_start,fence_request,readmit,failback,fence_acked,heard,work_from,links$from_a$tdata,links$from_a$tlast,links$from_a$tvalid,links$from_a$tready,links$from_b$tdata,links$from_b$tlast,links$from_b$tvalid,links$from_b$tready,links$to_controller$tdata,links$to_controller$tlast,links$to_controller$tvalid,links$to_controller$tready,work$valid,work$ready,work$qp,work$kind,work$length,work$va,work$rkey,work$tag,work$payload$tdata,work$payload$tlast,work$payload$tvalid,work$payload$tready,work$read$tdata,work$read$tlast,work$read$tvalid,work$read$tready,work$read$tag,work$read$length,work$read$last,counters$commands_forwarded,counters$completions_delivered,counters$unknown_qp,counters$slots_full,counters$malformed_capsule,counters$capsule_too_long,counters$wqe_unknown_qp,counters$wqe_malformed,counters$cqe_unknown_cid,counters$read_data_unknown,counters$wrong_link,counters$commands_replayed,counters$late_discarded,counters$takeovers_acked,counters$path_errors_sent,counters$writes_truncated,probe_qp,probe_taken);
    
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
    output wire  [63:0] work$payload$tdata;
    output wire  work$payload$tlast;
    output wire  work$payload$tvalid;
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
    reg  [127:0] receiver$busy;
    wire  receiver$buffer_write_enable;
    wire  [14:0] receiver$buffer_write_address;
    wire  [63:0] receiver$buffer_write_data;
    wire  receiver$capsule_valid;
    reg  receiver$capsule_ready;
    wire  [3:0] receiver$capsule_qp;
    wire  [2:0] receiver$capsule_slot;
    wire  [15:0] receiver$capsule_cid;
    wire  [15:0] receiver$capsule_length;
    wire  receiver$capsule_admin_connect;
    reg  [127:0] receiver$freed;
    reg  [3:0] receiver$probe_qp;
    wire  receiver$probe_taken;
    wire  receiver$slots_full;
    wire  receiver$malformed_capsule;
    wire  receiver$capsule_too_long;
    reg  qp_table$clock;
    reg  qp_table$reset;
    reg  [3:0] qp_table$read_address;
    wire  [83:0] qp_table$read_data;
    reg  qp_table$write_enable;
    reg  [3:0] qp_table$write_address;
    reg  [83:0] qp_table$write_data;
    reg  qp_table$cfg_take;
    reg  [3:0] qp_table$cfg_qp;
    reg  qp_table$cfg_enable;
    reg  qp_table$cfg_controller;
    wire  qp_table$clear_done;
    reg  [6:0] meta$read_address;
    reg  meta$read_clock;
    wire  [32:0] meta$read_data;
    reg  [6:0] meta$write_address;
    reg  meta$write_clock;
    reg  [32:0] meta$write_data;
    reg  meta$write_enable;
    reg  [14:0] buffer$read_address;
    reg  buffer$read_clock;
    wire  [63:0] buffer$read_data;
    reg  [14:0] buffer$write_address;
    reg  buffer$write_clock;
    reg  [63:0] buffer$write_data;
    reg  buffer$write_enable;
    reg  requests$clock;
    reg  requests$reset;
    reg  [1:0] requests$fail_start;
    reg  [1:0] requests$fence_request;
    reg  [1:0] requests$readmit;
    reg  requests$failback;
    reg  requests$free;
    reg  requests$emit_idle;
    reg  [1:0] requests$fence_acked;
    wire  requests$sweep;
    wire  requests$fence;
    wire  [1:0] requests$kind;
    wire  requests$controller;
    wire  [1:0] requests$fence_sent;
    reg  engine$clock;
    reg  engine$reset;
    reg  engine$cfg_valid;
    wire  engine$cfg_ready;
    wire  engine$request_free;
    reg  engine$request_sweep;
    reg  engine$request_fence;
    reg  engine$request_controller;
    reg  engine$capsule_valid;
    reg  [3:0] engine$capsule_qp;
    reg  [2:0] engine$capsule_slot;
    reg  [15:0] engine$capsule_cid;
    reg  [15:0] engine$capsule_length;
    wire  engine$capsule_ready;
    reg  engine$slot_busy;
    wire  engine$slot_set;
    wire  engine$slot_clear;
    reg  engine$table_clear_done;
    wire  [3:0] engine$table_read_address;
    reg  [83:0] engine$table_data;
    wire  engine$table_write_enable;
    wire  [3:0] engine$table_write_address;
    wire  [83:0] engine$table_write_data;
    wire  [6:0] engine$slot_address;
    reg  [32:0] engine$meta_data;
    wire  engine$meta_write_enable;
    reg  engine$link_waiting;
    reg  [3:0] engine$offered_qp;
    reg  [63:0] engine$beat_data;
    reg  engine$beat_lost;
    wire  engine$take_header;
    wire  [1:0] engine$skip;
    reg  engine$message_finished;
    reg  engine$message_ended;
    reg  engine$message_src;
    reg  [1:0] engine$message_src_bit;
    reg  engine$descriptor_read;
    reg  engine$cqe_low_read;
    reg  engine$cqe_read;
    reg  engine$write_ok;
    reg  engine$read_ok;
    reg  engine$send_ok;
    reg  [15:0] engine$message_length;
    reg  [31:0] engine$message_rkey;
    reg  engine$send_invalidate;
    reg  [31:0] engine$invalidate;
    wire  engine$read_cqe;
    reg  engine$read_free;
    reg  [7:0] engine$read_next_tag;
    wire  engine$read_allocate;
    reg  engine$emit_idle;
    wire  engine$issue;
    wire  engine$issue_controller;
    wire  [63:0] engine$issue_header;
    wire  [2:0] engine$issue_next;
    wire  engine$issue_fence;
    wire  [63:0] engine$issue_payload;
    wire  [15:0] engine$issue_length;
    wire  engine$sweeping;
    reg  [3:0] engine$sweep_qp;
    reg  engine$sweep_path_error;
    reg  [63:0] engine$sweep_path_error_high;
    reg  engine$sweep_paused;
    reg  engine$sweep_done;
    wire  engine$wr_load;
    wire  [58:0] engine$wr_fields;
    reg  engine$wr_finished;
    wire  [3:0] engine$qp;
    wire  [63:0] engine$cqe_low;
    wire  [63:0] engine$cqe_high;
    wire  [8:0] engine$events;
    reg  slots$clock;
    reg  slots$reset;
    reg  [6:0] slots$slot_address;
    wire  slots$slot_busy;
    reg  slots$set;
    reg  slots$clear;
    reg  slots$cfg_take;
    reg  [3:0] slots$cfg_qp;
    reg  slots$sweeping;
    reg  [127:0] slots$sweep_clear;
    wire  [127:0] slots$busy;
    wire  [127:0] slots$freed;
    reg  issuer$clock;
    reg  issuer$reset;
    reg  issuer$load;
    reg  [58:0] issuer$load_fields;
    reg  [3:0] issuer$qp;
    reg  [63:0] issuer$va;
    reg  issuer$src;
    reg  [63:0] issuer$cqe_low;
    reg  [63:0] issuer$cqe_high;
    wire  issuer$finished;
    wire  [1:0] issuer$work_from;
    wire  issuer$valid;
    reg  issuer$ready;
    wire  [3:0] issuer$work_qp;
    wire  [1:0] issuer$kind;
    wire  [15:0] issuer$length;
    wire  [63:0] issuer$work_va;
    wire  [31:0] issuer$rkey;
    wire  [7:0] issuer$tag;
    reg  [63:0] issuer$from_a_tdata;
    reg  issuer$from_a_tvalid;
    reg  issuer$from_a_tlast;
    reg  [63:0] issuer$from_b_tdata;
    reg  issuer$from_b_tvalid;
    reg  issuer$from_b_tlast;
    reg  [1:0] issuer$available;
    wire  issuer$mover_busy;
    wire  issuer$mover_src;
    wire  issuer$mover_take;
    wire  [1:0] issuer$mover_skip;
    wire  issuer$write_truncated;
    reg  sweeper$clock;
    reg  sweeper$reset;
    reg  sweeper$start;
    reg  [1:0] sweeper$start_kind;
    reg  sweeper$start_controller;
    reg  sweeper$active;
    reg  sweeper$link_waiting;
    reg  [1:0] sweeper$available;
    reg  [127:0] sweeper$busy;
    reg  [83:0] sweeper$table_data;
    reg  [15:0] sweeper$slot_cid;
    reg  [15:0] sweeper$slot_length;
    reg  sweeper$emit_idle;
    wire  [3:0] sweeper$qp;
    wire  [6:0] sweeper$slot_address;
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
    wire  [127:0] sweeper$busy_clear;
    wire  sweeper$command_replayed;
    wire  sweeper$paused;
    wire  sweeper$done;
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
    reg  [6:0] emitter$issue_slot;
    reg  [15:0] emitter$issue_length;
    wire  emitter$idle;
    wire  [14:0] emitter$buffer_address;
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
    
    // Sub module instances
    connector_pair$connector_1$receiver receiver(
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
    connector_pair$connector_1$qp_table qp_table(
        .clock(qp_table$clock),
        .reset(qp_table$reset),
        .read_address(qp_table$read_address),
        .read_data(qp_table$read_data),
        .write_enable(qp_table$write_enable),
        .write_address(qp_table$write_address),
        .write_data(qp_table$write_data),
        .cfg_take(qp_table$cfg_take),
        .cfg_qp(qp_table$cfg_qp),
        .cfg_enable(qp_table$cfg_enable),
        .cfg_controller(qp_table$cfg_controller),
        .clear_done(qp_table$clear_done)
    );
    connector_pair$connector_1$meta meta(
        .read_address(meta$read_address),
        .read_clock(meta$read_clock),
        .read_data(meta$read_data),
        .write_address(meta$write_address),
        .write_clock(meta$write_clock),
        .write_data(meta$write_data),
        .write_enable(meta$write_enable)
    );
    connector_pair$connector_1$buffer buffer(
        .read_address(buffer$read_address),
        .read_clock(buffer$read_clock),
        .read_data(buffer$read_data),
        .write_address(buffer$write_address),
        .write_clock(buffer$write_clock),
        .write_data(buffer$write_data),
        .write_enable(buffer$write_enable)
    );
    connector_pair$connector_1$requests requests(
        .clock(requests$clock),
        .reset(requests$reset),
        .fail_start(requests$fail_start),
        .fence_request(requests$fence_request),
        .readmit(requests$readmit),
        .failback(requests$failback),
        .free(requests$free),
        .emit_idle(requests$emit_idle),
        .fence_acked(requests$fence_acked),
        .sweep(requests$sweep),
        .fence(requests$fence),
        .kind(requests$kind),
        .controller(requests$controller),
        .fence_sent(requests$fence_sent)
    );
    connector_pair$connector_1$engine engine(
        .clock(engine$clock),
        .reset(engine$reset),
        .cfg_valid(engine$cfg_valid),
        .cfg_ready(engine$cfg_ready),
        .request_free(engine$request_free),
        .request_sweep(engine$request_sweep),
        .request_fence(engine$request_fence),
        .request_controller(engine$request_controller),
        .capsule_valid(engine$capsule_valid),
        .capsule_qp(engine$capsule_qp),
        .capsule_slot(engine$capsule_slot),
        .capsule_cid(engine$capsule_cid),
        .capsule_length(engine$capsule_length),
        .capsule_ready(engine$capsule_ready),
        .slot_busy(engine$slot_busy),
        .slot_set(engine$slot_set),
        .slot_clear(engine$slot_clear),
        .table_clear_done(engine$table_clear_done),
        .table_read_address(engine$table_read_address),
        .table_data(engine$table_data),
        .table_write_enable(engine$table_write_enable),
        .table_write_address(engine$table_write_address),
        .table_write_data(engine$table_write_data),
        .slot_address(engine$slot_address),
        .meta_data(engine$meta_data),
        .meta_write_enable(engine$meta_write_enable),
        .link_waiting(engine$link_waiting),
        .offered_qp(engine$offered_qp),
        .beat_data(engine$beat_data),
        .beat_lost(engine$beat_lost),
        .take_header(engine$take_header),
        .skip(engine$skip),
        .message_finished(engine$message_finished),
        .message_ended(engine$message_ended),
        .message_src(engine$message_src),
        .message_src_bit(engine$message_src_bit),
        .descriptor_read(engine$descriptor_read),
        .cqe_low_read(engine$cqe_low_read),
        .cqe_read(engine$cqe_read),
        .write_ok(engine$write_ok),
        .read_ok(engine$read_ok),
        .send_ok(engine$send_ok),
        .message_length(engine$message_length),
        .message_rkey(engine$message_rkey),
        .send_invalidate(engine$send_invalidate),
        .invalidate(engine$invalidate),
        .read_cqe(engine$read_cqe),
        .read_free(engine$read_free),
        .read_next_tag(engine$read_next_tag),
        .read_allocate(engine$read_allocate),
        .emit_idle(engine$emit_idle),
        .issue(engine$issue),
        .issue_controller(engine$issue_controller),
        .issue_header(engine$issue_header),
        .issue_next(engine$issue_next),
        .issue_fence(engine$issue_fence),
        .issue_payload(engine$issue_payload),
        .issue_length(engine$issue_length),
        .sweeping(engine$sweeping),
        .sweep_qp(engine$sweep_qp),
        .sweep_path_error(engine$sweep_path_error),
        .sweep_path_error_high(engine$sweep_path_error_high),
        .sweep_paused(engine$sweep_paused),
        .sweep_done(engine$sweep_done),
        .wr_load(engine$wr_load),
        .wr_fields(engine$wr_fields),
        .wr_finished(engine$wr_finished),
        .qp(engine$qp),
        .cqe_low(engine$cqe_low),
        .cqe_high(engine$cqe_high),
        .events(engine$events)
    );
    connector_pair$connector_1$slots slots(
        .clock(slots$clock),
        .reset(slots$reset),
        .slot_address(slots$slot_address),
        .slot_busy(slots$slot_busy),
        .set(slots$set),
        .clear(slots$clear),
        .cfg_take(slots$cfg_take),
        .cfg_qp(slots$cfg_qp),
        .sweeping(slots$sweeping),
        .sweep_clear(slots$sweep_clear),
        .busy(slots$busy),
        .freed(slots$freed)
    );
    connector_pair$connector_1$issuer issuer(
        .clock(issuer$clock),
        .reset(issuer$reset),
        .load(issuer$load),
        .load_fields(issuer$load_fields),
        .qp(issuer$qp),
        .va(issuer$va),
        .src(issuer$src),
        .cqe_low(issuer$cqe_low),
        .cqe_high(issuer$cqe_high),
        .finished(issuer$finished),
        .work_from(issuer$work_from),
        .valid(issuer$valid),
        .ready(issuer$ready),
        .work_qp(issuer$work_qp),
        .kind(issuer$kind),
        .length(issuer$length),
        .work_va(issuer$work_va),
        .rkey(issuer$rkey),
        .tag(issuer$tag),
        .payload$tdata(work$payload$tdata),
        .payload$tlast(work$payload$tlast),
        .payload$tvalid(work$payload$tvalid),
        .payload$tready(work$payload$tready),
        .from_a_tdata(issuer$from_a_tdata),
        .from_a_tvalid(issuer$from_a_tvalid),
        .from_a_tlast(issuer$from_a_tlast),
        .from_b_tdata(issuer$from_b_tdata),
        .from_b_tvalid(issuer$from_b_tvalid),
        .from_b_tlast(issuer$from_b_tlast),
        .available(issuer$available),
        .mover_busy(issuer$mover_busy),
        .mover_src(issuer$mover_src),
        .mover_take(issuer$mover_take),
        .mover_skip(issuer$mover_skip),
        .write_truncated(issuer$write_truncated)
    );
    connector_pair$connector_1$sweeper sweeper(
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
    connector_pair$connector_1$emitter emitter(
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
    connector_pair$connector_1$intake intake(
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
    connector_pair$connector_1$reader reader(
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
    connector_pair$connector_1$read_table read_table(
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
    connector_pair$connector_1$count count(
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
        receiver$clock = clock;
        qp_table$clock = clock;
        slots$clock = clock;
        requests$clock = clock;
        engine$clock = clock;
        issuer$clock = clock;
        intake$clock = clock;
        reader$clock = clock;
        emitter$clock = clock;
        sweeper$clock = clock;
        read_table$clock = clock;
        count$clock = clock;
        receiver$reset = reset;
        receiver$s_axis_tdata = s_axis_tdata;
        receiver$s_axis_tkeep = s_axis_tkeep;
        receiver$s_axis_tlast = s_axis_tlast;
        receiver$s_axis_tvalid = s_axis_tvalid;
        receiver$s_axis_qp = s_axis_qp;
        receiver$s_axis_message_end = s_axis_message_end;
        s_axis_tready = receiver$s_axis_tready;
        receiver$busy = slots$busy;
        receiver$probe_qp = probe_qp;
        receiver$freed = slots$freed;
        probe_taken = receiver$probe_taken;
        receiver$capsule_ready = engine$capsule_ready;
        buffer$read_clock = clock;
        buffer$write_clock = clock;
        buffer$write_enable = receiver$buffer_write_enable;
        buffer$write_address = receiver$buffer_write_address;
        buffer$write_data = receiver$buffer_write_data;
        qp_table$reset = reset;
        qp_table$cfg_take = engine$cfg_ready & cfg_valid;
        qp_table$cfg_qp = cfg_qp;
        qp_table$cfg_enable = cfg_enable;
        qp_table$cfg_controller = cfg_controller;
        slots$reset = reset;
        slots$cfg_take = qp_table$cfg_take;
        slots$cfg_qp = cfg_qp;
        slots$slot_address = engine$slot_address;
        slots$set = engine$slot_set;
        slots$clear = engine$slot_clear;
        slots$sweeping = engine$sweeping;
        slots$sweep_clear = sweeper$busy_clear;
        meta$read_clock = clock;
        meta$write_clock = clock;
        meta$write_enable = engine$meta_write_enable;
        meta$write_address = engine$slot_address;
        meta$write_data[(64'h0)+:(16)] = receiver$capsule_cid;
        meta$write_data[(64'h10)+:(16)] = receiver$capsule_length;
        meta$write_data[(64'h20)+:(1)] = receiver$capsule_admin_connect;
        requests$reset = reset;
        requests$fail_start = fail_start;
        requests$fence_request = fence_request;
        requests$readmit = readmit;
        requests$failback = failback;
        requests$free = engine$request_free;
        requests$emit_idle = emitter$idle;
        requests$fence_acked = reader$fence_acked;
        fence_acked = reader$fence_acked;
        engine$reset = reset;
        engine$cfg_valid = cfg_valid;
        cfg_ready = engine$cfg_ready;
        engine$request_sweep = requests$sweep;
        engine$request_fence = requests$fence;
        engine$request_controller = requests$controller;
        engine$capsule_valid = receiver$capsule_valid;
        engine$capsule_qp = receiver$capsule_qp;
        engine$capsule_slot = receiver$capsule_slot;
        engine$capsule_cid = receiver$capsule_cid;
        engine$capsule_length = receiver$capsule_length;
        engine$table_clear_done = qp_table$clear_done;
        engine$table_data = qp_table$read_data;
        engine$meta_data = meta$read_data;
        engine$link_waiting = intake$waiting;
        engine$offered_qp = intake$offered$fields[(32'h0)+:(4)];
        engine$beat_data = intake$beat$data;
        engine$beat_lost = intake$beat$lost;
        engine$message_finished = reader$finished;
        engine$message_ended = reader$ended;
        engine$message_src = reader$src;
        engine$message_src_bit = reader$src_bit;
        engine$descriptor_read = reader$descriptor_read;
        engine$cqe_low_read = reader$cqe_low_read;
        engine$cqe_read = reader$cqe_read;
        engine$write_ok = reader$write_ok;
        engine$read_ok = reader$read_ok;
        engine$send_ok = reader$send_ok;
        engine$message_length = reader$length;
        engine$message_rkey = reader$rkey;
        engine$send_invalidate = reader$send_invalidate;
        engine$invalidate = reader$invalidate;
        engine$read_free = read_table$has_free;
        engine$read_next_tag = read_table$next_tag;
        engine$emit_idle = emitter$idle;
        engine$sweep_qp = sweeper$qp;
        engine$sweep_path_error = sweeper$path_error;
        engine$sweep_path_error_high = sweeper$path_error_high;
        engine$sweep_paused = sweeper$paused;
        engine$sweep_done = sweeper$done;
        engine$slot_busy = slots$slot_busy;
        engine$wr_finished = issuer$finished;
        issuer$reset = reset;
        issuer$load = engine$wr_load;
        issuer$load_fields = engine$wr_fields;
        issuer$qp = engine$qp;
        issuer$va = reader$va;
        issuer$src = reader$src;
        issuer$cqe_low = engine$cqe_low;
        issuer$cqe_high = engine$cqe_high;
        work_from = issuer$work_from;
        work$valid = issuer$valid;
        issuer$ready = work$ready;
        work$qp = issuer$work_qp;
        work$kind = issuer$kind;
        work$length = issuer$length;
        work$va = issuer$work_va;
        work$rkey = issuer$rkey;
        work$tag = issuer$tag;
        issuer$from_a_tdata = links$from_a$tdata;
        issuer$from_a_tvalid = links$from_a$tvalid;
        issuer$from_a_tlast = links$from_a$tlast;
        issuer$from_b_tdata = links$from_b$tdata;
        issuer$from_b_tvalid = links$from_b$tvalid;
        issuer$from_b_tlast = links$from_b$tlast;
        issuer$available = available;
        intake$reset = reset;
        intake$link_up = link_up;
        intake$fenced = fenced;
        intake$available = available;
        heard = intake$heard;
        intake$take_header = engine$take_header;
        intake$mover_busy = issuer$mover_busy;
        intake$mover_src = issuer$mover_src;
        intake$mover_take = issuer$mover_take;
        intake$skip = engine$skip | issuer$mover_skip | reader$skip;
        reader$reset = reset;
        reader$take_header = engine$take_header;
        reader$read_cqe = engine$read_cqe;
        reader$fenced = fenced;
        reader$fence_sent = requests$fence_sent;
        qp_table$read_address = engine$table_read_address;
        qp_table$write_enable = engine$table_write_enable;
        qp_table$write_address = engine$table_write_address;
        qp_table$write_data = engine$table_write_data;
        meta$read_address = engine$slot_address;
        emitter$issue = engine$issue;
        emitter$issue_controller = engine$issue_controller;
        emitter$issue_header = engine$issue_header;
        emitter$issue_next = engine$issue_next;
        emitter$issue_fence = engine$issue_fence;
        emitter$issue_payload = engine$issue_payload;
        emitter$issue_slot = engine$slot_address;
        emitter$issue_length = engine$issue_length;
        if (engine$sweeping) begin
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
        emitter$reset = reset;
        emitter$link_up = link_up;
        emitter$fenced = fenced;
        emitter$available = available;
        buffer$read_address = emitter$buffer_address;
        emitter$buffer_data = buffer$read_data;
        sweeper$reset = reset;
        sweeper$start = requests$sweep;
        sweeper$start_kind = requests$kind;
        sweeper$start_controller = requests$controller;
        sweeper$active = engine$sweeping;
        sweeper$link_waiting = intake$waiting;
        sweeper$available = available;
        sweeper$busy = slots$busy;
        sweeper$table_data = qp_table$read_data;
        sweeper$slot_cid = meta$read_data[(64'h0)+:(16)];
        sweeper$slot_length = meta$read_data[(64'h10)+:(16)];
        sweeper$emit_idle = emitter$idle;
        read_table$reset = reset;
        read_table$allocate = engine$read_allocate;
        read_table$forget = requests$sweep & (requests$kind == SweepKind$Fail);
        read_table$controller = reader$src;
        if (read_table$forget) begin
            read_table$controller = requests$controller;
        end
        read_table$tag = reader$tag;
        read_table$lookup_index = emitter$read_table_address;
        emitter$read_table_entry = read_table$lookup_entry;
        emitter$read_live = read_table$live;
        read_table$retire = emitter$read_retire;
        count$reset = reset;
        count$command_forwarded = engine$events[(64'h0)+:(1)];
        count$completion_delivered = engine$events[(64'h1)+:(1)];
        count$unknown_qp = engine$events[(64'h2)+:(1)];
        count$wqe_unknown_qp = engine$events[(64'h3)+:(1)] | reader$wqe_unknown_qp;
        count$wqe_malformed = engine$events[(64'h4)+:(1)] | reader$wqe_malformed;
        count$cqe_unknown_cid = engine$events[(64'h5)+:(1)];
        count$wrong_link = engine$events[(64'h6)+:(1)];
        count$command_replayed = sweeper$command_replayed;
        count$late_discarded = engine$events[(64'h7)+:(1)] | reader$late_discarded;
        count$takeover_acked = reader$takeover_acked;
        count$path_error_sent = engine$events[(64'h8)+:(1)];
        count$slots_full = receiver$slots_full;
        count$malformed_capsule = receiver$malformed_capsule;
        count$capsule_too_long = receiver$capsule_too_long;
        count$read_data_unknown = emitter$read_data_unknown;
        count$write_truncated = issuer$write_truncated;
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
endmodule // connector_pair$connector_1


module connector_pair$connector_1$buffer(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [14:0] read_address;
    input wire  read_clock;
    output reg  [63:0] read_data;
    input wire  [14:0] write_address;
    input wire  write_clock;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[63:0] mem[32767:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // connector_pair$connector_1$buffer


module connector_pair$connector_1$count(clock,reset,command_forwarded,completion_delivered,unknown_qp,slots_full,malformed_capsule,capsule_too_long,wqe_unknown_qp,wqe_malformed,cqe_unknown_cid,read_data_unknown,wrong_link,command_replayed,late_discarded,takeover_acked,path_error_sent,write_truncated,counters$commands_forwarded,counters$completions_delivered,counters$unknown_qp,counters$slots_full,counters$malformed_capsule,counters$capsule_too_long,counters$wqe_unknown_qp,counters$wqe_malformed,counters$cqe_unknown_cid,counters$read_data_unknown,counters$wrong_link,counters$commands_replayed,counters$late_discarded,counters$takeovers_acked,counters$path_errors_sent,counters$writes_truncated);
    
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
    connector_pair$connector_1$count$count_commands_forwarded count_commands_forwarded(
        .d(count_commands_forwarded$d),
        .q(count_commands_forwarded$q),
        .clock(count_commands_forwarded$clock)
    );
    connector_pair$connector_1$count$count_completions_delivered count_completions_delivered(
        .d(count_completions_delivered$d),
        .q(count_completions_delivered$q),
        .clock(count_completions_delivered$clock)
    );
    connector_pair$connector_1$count$count_unknown_qp count_unknown_qp(
        .d(count_unknown_qp$d),
        .q(count_unknown_qp$q),
        .clock(count_unknown_qp$clock)
    );
    connector_pair$connector_1$count$count_slots_full count_slots_full(
        .d(count_slots_full$d),
        .q(count_slots_full$q),
        .clock(count_slots_full$clock)
    );
    connector_pair$connector_1$count$count_malformed_capsule count_malformed_capsule(
        .d(count_malformed_capsule$d),
        .q(count_malformed_capsule$q),
        .clock(count_malformed_capsule$clock)
    );
    connector_pair$connector_1$count$count_capsule_too_long count_capsule_too_long(
        .d(count_capsule_too_long$d),
        .q(count_capsule_too_long$q),
        .clock(count_capsule_too_long$clock)
    );
    connector_pair$connector_1$count$count_wqe_unknown_qp count_wqe_unknown_qp(
        .d(count_wqe_unknown_qp$d),
        .q(count_wqe_unknown_qp$q),
        .clock(count_wqe_unknown_qp$clock)
    );
    connector_pair$connector_1$count$count_wqe_malformed count_wqe_malformed(
        .d(count_wqe_malformed$d),
        .q(count_wqe_malformed$q),
        .clock(count_wqe_malformed$clock)
    );
    connector_pair$connector_1$count$count_cqe_unknown_cid count_cqe_unknown_cid(
        .d(count_cqe_unknown_cid$d),
        .q(count_cqe_unknown_cid$q),
        .clock(count_cqe_unknown_cid$clock)
    );
    connector_pair$connector_1$count$count_read_data_unknown count_read_data_unknown(
        .d(count_read_data_unknown$d),
        .q(count_read_data_unknown$q),
        .clock(count_read_data_unknown$clock)
    );
    connector_pair$connector_1$count$count_wrong_link count_wrong_link(
        .d(count_wrong_link$d),
        .q(count_wrong_link$q),
        .clock(count_wrong_link$clock)
    );
    connector_pair$connector_1$count$count_commands_replayed count_commands_replayed(
        .d(count_commands_replayed$d),
        .q(count_commands_replayed$q),
        .clock(count_commands_replayed$clock)
    );
    connector_pair$connector_1$count$count_late_discarded count_late_discarded(
        .d(count_late_discarded$d),
        .q(count_late_discarded$q),
        .clock(count_late_discarded$clock)
    );
    connector_pair$connector_1$count$count_takeovers_acked count_takeovers_acked(
        .d(count_takeovers_acked$d),
        .q(count_takeovers_acked$q),
        .clock(count_takeovers_acked$clock)
    );
    connector_pair$connector_1$count$count_path_errors_sent count_path_errors_sent(
        .d(count_path_errors_sent$d),
        .q(count_path_errors_sent$q),
        .clock(count_path_errors_sent$clock)
    );
    connector_pair$connector_1$count$count_writes_truncated count_writes_truncated(
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
    
endmodule // connector_pair$connector_1$count


module connector_pair$connector_1$count$count_capsule_too_long(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$count$count_capsule_too_long


module connector_pair$connector_1$count$count_commands_forwarded(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$count$count_commands_forwarded


module connector_pair$connector_1$count$count_commands_replayed(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$count$count_commands_replayed


module connector_pair$connector_1$count$count_completions_delivered(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$count$count_completions_delivered


module connector_pair$connector_1$count$count_cqe_unknown_cid(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$count$count_cqe_unknown_cid


module connector_pair$connector_1$count$count_late_discarded(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$count$count_late_discarded


module connector_pair$connector_1$count$count_malformed_capsule(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$count$count_malformed_capsule


module connector_pair$connector_1$count$count_path_errors_sent(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$count$count_path_errors_sent


module connector_pair$connector_1$count$count_read_data_unknown(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$count$count_read_data_unknown


module connector_pair$connector_1$count$count_slots_full(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$count$count_slots_full


module connector_pair$connector_1$count$count_takeovers_acked(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$count$count_takeovers_acked


module connector_pair$connector_1$count$count_unknown_qp(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$count$count_unknown_qp


module connector_pair$connector_1$count$count_wqe_malformed(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$count$count_wqe_malformed


module connector_pair$connector_1$count$count_wqe_unknown_qp(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$count$count_wqe_unknown_qp


module connector_pair$connector_1$count$count_writes_truncated(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$count$count_writes_truncated


module connector_pair$connector_1$count$count_wrong_link(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$count$count_wrong_link


module connector_pair$connector_1$emitter(clock,reset,link_up,fenced,available,issue,issue_controller,issue_header,issue_next,issue_fence,issue_payload,issue_slot,issue_length,idle,to_controller$tdata,to_controller$tlast,to_controller$tvalid,to_controller$tready,read$tdata,read$tlast,read$tvalid,read$tready,read$tag,read$length,read$last,buffer_address,buffer_data,read_table_address,read_table_entry,read_live,read_retire,read_data_unknown);
    
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
    input wire  [6:0] issue_slot;
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
    output reg  [14:0] buffer_address;
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
    localparam  word_shift = 15'b1000;
    localparam  next_word = 15'b1;
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
    reg  [14:0] word$d;
    wire  [14:0] word$q;
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
    connector_pair$connector_1$emitter$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    connector_pair$connector_1$emitter$controller controller(
        .d(controller$d),
        .q(controller$q),
        .clock(controller$clock)
    );
    connector_pair$connector_1$emitter$header header(
        .d(header$d),
        .q(header$q),
        .clock(header$clock)
    );
    connector_pair$connector_1$emitter$next_step next_step(
        .d(next_step$d),
        .q(next_step$q),
        .clock(next_step$clock)
    );
    connector_pair$connector_1$emitter$dropping dropping(
        .d(dropping$d),
        .q(dropping$q),
        .clock(dropping$clock)
    );
    connector_pair$connector_1$emitter$read_discard read_discard(
        .d(read_discard$d),
        .q(read_discard$q),
        .clock(read_discard$clock)
    );
    connector_pair$connector_1$emitter$payload payload(
        .d(payload$d),
        .q(payload$q),
        .clock(payload$clock)
    );
    connector_pair$connector_1$emitter$word word(
        .d(word$d),
        .q(word$q),
        .clock(word$clock)
    );
    connector_pair$connector_1$emitter$words_left words_left(
        .d(words_left$d),
        .q(words_left$q),
        .clock(words_left$clock)
    );
    connector_pair$connector_1$emitter$read_tag read_tag(
        .d(read_tag$d),
        .q(read_tag$q),
        .clock(read_tag$clock)
    );
    connector_pair$connector_1$emitter$read_generation read_generation(
        .d(read_generation$d),
        .q(read_generation$q),
        .clock(read_generation$clock)
    );
    connector_pair$connector_1$emitter$read_length read_length(
        .d(read_length$d),
        .q(read_length$q),
        .clock(read_length$clock)
    );
    connector_pair$connector_1$emitter$read_last read_last(
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
                        word$d = ((issue_slot) & 15'h7fff) << word_shift;
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
    
endmodule // connector_pair$connector_1$emitter


module connector_pair$connector_1$emitter$controller(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$emitter$controller


module connector_pair$connector_1$emitter$dropping(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$emitter$dropping


module connector_pair$connector_1$emitter$header(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$emitter$header


module connector_pair$connector_1$emitter$next_step(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$emitter$next_step


module connector_pair$connector_1$emitter$payload(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$emitter$payload


module connector_pair$connector_1$emitter$read_discard(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$emitter$read_discard


module connector_pair$connector_1$emitter$read_generation(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$emitter$read_generation


module connector_pair$connector_1$emitter$read_last(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$emitter$read_last


module connector_pair$connector_1$emitter$read_length(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$emitter$read_length


module connector_pair$connector_1$emitter$read_tag(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$emitter$read_tag


module connector_pair$connector_1$emitter$step(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$emitter$step


module connector_pair$connector_1$emitter$word(d,q,clock);
    
    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 15'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // connector_pair$connector_1$emitter$word


module connector_pair$connector_1$emitter$words_left(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$emitter$words_left


module connector_pair$connector_1$engine(clock,reset,cfg_valid,cfg_ready,request_free,request_sweep,request_fence,request_controller,capsule_valid,capsule_qp,capsule_slot,capsule_cid,capsule_length,capsule_ready,slot_busy,slot_set,slot_clear,table_clear_done,table_read_address,table_data,table_write_enable,table_write_address,table_write_data,slot_address,meta_data,meta_write_enable,link_waiting,offered_qp,beat_data,beat_lost,take_header,skip,message_finished,message_ended,message_src,message_src_bit,descriptor_read,cqe_low_read,cqe_read,write_ok,read_ok,send_ok,message_length,message_rkey,send_invalidate,invalidate,read_cqe,read_free,read_next_tag,read_allocate,emit_idle,issue,issue_controller,issue_header,issue_next,issue_fence,issue_payload,issue_length,sweeping,sweep_qp,sweep_path_error,sweep_path_error_high,sweep_paused,sweep_done,wr_load,wr_fields,wr_finished,qp,cqe_low,cqe_high,events);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  cfg_valid;
    output reg  cfg_ready;
    output reg  request_free;
    input wire  request_sweep;
    input wire  request_fence;
    input wire  request_controller;
    input wire  capsule_valid;
    input wire  [3:0] capsule_qp;
    input wire  [2:0] capsule_slot;
    input wire  [15:0] capsule_cid;
    input wire  [15:0] capsule_length;
    output reg  capsule_ready;
    input wire  slot_busy;
    output reg  slot_set;
    output reg  slot_clear;
    input wire  table_clear_done;
    output reg  [3:0] table_read_address;
    input wire  [83:0] table_data;
    output reg  table_write_enable;
    output reg  [3:0] table_write_address;
    output reg  [83:0] table_write_data;
    output reg  [6:0] slot_address;
    input wire  [32:0] meta_data;
    output reg  meta_write_enable;
    input wire  link_waiting;
    input wire  [3:0] offered_qp;
    input wire  [63:0] beat_data;
    input wire  beat_lost;
    output reg  take_header;
    output reg  [1:0] skip;
    input wire  message_finished;
    input wire  message_ended;
    input wire  message_src;
    input wire  [1:0] message_src_bit;
    input wire  descriptor_read;
    input wire  cqe_low_read;
    input wire  cqe_read;
    input wire  write_ok;
    input wire  read_ok;
    input wire  send_ok;
    input wire  [15:0] message_length;
    input wire  [31:0] message_rkey;
    input wire  send_invalidate;
    input wire  [31:0] invalidate;
    output reg  read_cqe;
    input wire  read_free;
    input wire  [7:0] read_next_tag;
    output reg  read_allocate;
    input wire  emit_idle;
    output reg  issue;
    output reg  issue_controller;
    output reg  [63:0] issue_header;
    output reg  [2:0] issue_next;
    output reg  issue_fence;
    output reg  [63:0] issue_payload;
    output reg  [15:0] issue_length;
    output reg  sweeping;
    input wire  [3:0] sweep_qp;
    input wire  sweep_path_error;
    input wire  [63:0] sweep_path_error_high;
    input wire  sweep_paused;
    input wire  sweep_done;
    output reg  wr_load;
    output reg  [58:0] wr_fields;
    input wire  wr_finished;
    output reg  [3:0] qp;
    output reg  [63:0] cqe_low;
    output reg  [63:0] cqe_high;
    output reg  [8:0] events;
    
    // Constant declarations
    localparam  slot_shift = 7'b11;
    localparam  no_controllers = 2'b0;
    localparam  type_command = 64'h1;
    localparam  type_takeover = 64'h800000002;
    localparam  type_fence = 64'h4;
    localparam  kind_send_invalidate = 2'b1;
    localparam  kind_write = 2'b10;
    localparam  kind_read = 2'b11;
    localparam  path_error_status = 64'h6e0000000000000;
    localparam  status_mask = 16'hffe;
    localparam  status_success = 16'h0;
    localparam  cid_above_slot = 16'hfff8;
    localparam  cqe_cid_field = 64'hffff00000000;
    localparam  cqe_low_empty = 64'h0;
    localparam  completion_send = 59'h400000000000040;
    localparam  no_events = 9'b0;
    localparam  shift_16 = 64'h10;
    localparam  shift_32 = 64'h20;
    localparam  shift_48 = 64'h30;
    localparam  one_more_16 = 16'h1;
    localparam  one_more_8 = 8'h1;
    localparam  no_outstanding = 8'h0;
    localparam  sq_step = 7'b1;
    
    // Enums
    localparam EmitStep$Idle = 0;
    localparam EmitStep$Header = 1;
    localparam EmitStep$Payload = 2;
    localparam EmitStep$Slot = 3;
    localparam EmitStep$ReadLookup = 4;
    localparam EmitStep$ReadPass = 5;
    localparam EngineStep$Clear = 0;
    localparam EngineStep$Idle = 1;
    localparam EngineStep$CapsuleLoad = 2;
    localparam EngineStep$CapsuleDecide = 3;
    localparam EngineStep$Reading = 4;
    localparam EngineStep$WqeDecide = 5;
    localparam EngineStep$CqeLoad = 6;
    localparam EngineStep$CqeDecide = 7;
    localparam EngineStep$WrIssue = 8;
    localparam EngineStep$DrainCheck = 9;
    localparam EngineStep$DrainTakeover = 10;
    localparam EngineStep$Sweeping = 11;
    
    // Stub signals
    reg  [3:0] step$d;
    wire  [3:0] step$q;
    reg  step$clock;
    reg  [3:0] resume$d;
    wire  [3:0] resume$q;
    reg  resume$clock;
    reg  [3:0] qp_reg$d;
    wire  [3:0] qp_reg$q;
    reg  qp_reg$clock;
    reg  [2:0] slot$d;
    wire  [2:0] slot$q;
    reg  slot$clock;
    reg  [83:0] entry$d;
    wire  [83:0] entry$q;
    reg  entry$clock;
    reg  [63:0] cqe_low_reg$d;
    wire  [63:0] cqe_low_reg$q;
    reg  cqe_low_reg$clock;
    reg  [63:0] cqe_high_reg$d;
    wire  [63:0] cqe_high_reg$q;
    reg  cqe_high_reg$clock;
    reg  sweep_held$d;
    wire  sweep_held$q;
    reg  sweep_held$clock;
    reg  serve_link$d;
    wire  serve_link$q;
    reg  serve_link$clock;
    reg  capsule_blocked$d;
    wire  capsule_blocked$q;
    reg  capsule_blocked$clock;
    reg  prefer_link$d;
    wire  prefer_link$q;
    reg  prefer_link$clock;
    
    // Local signals
    reg  pick_link;
    reg  capsule_ok;
    reg  finish;
    reg  [83:0] table_entry;
    reg  [15:0] cqe_cid;
    reg  [15:0] capsule_controller_cid;
    reg  [15:0] slot_controller_cid;
    reg  cqe_status_ok;
    
    // Sub module instances
    connector_pair$connector_1$engine$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    connector_pair$connector_1$engine$resume resume(
        .d(resume$d),
        .q(resume$q),
        .clock(resume$clock)
    );
    connector_pair$connector_1$engine$qp_reg qp_reg(
        .d(qp_reg$d),
        .q(qp_reg$q),
        .clock(qp_reg$clock)
    );
    connector_pair$connector_1$engine$slot slot(
        .d(slot$d),
        .q(slot$q),
        .clock(slot$clock)
    );
    connector_pair$connector_1$engine$entry entry(
        .d(entry$d),
        .q(entry$q),
        .clock(entry$clock)
    );
    connector_pair$connector_1$engine$cqe_low_reg cqe_low_reg(
        .d(cqe_low_reg$d),
        .q(cqe_low_reg$q),
        .clock(cqe_low_reg$clock)
    );
    connector_pair$connector_1$engine$cqe_high_reg cqe_high_reg(
        .d(cqe_high_reg$d),
        .q(cqe_high_reg$q),
        .clock(cqe_high_reg$clock)
    );
    connector_pair$connector_1$engine$sweep_held sweep_held(
        .d(sweep_held$d),
        .q(sweep_held$q),
        .clock(sweep_held$clock)
    );
    connector_pair$connector_1$engine$serve_link serve_link(
        .d(serve_link$d),
        .q(serve_link$q),
        .clock(serve_link$clock)
    );
    connector_pair$connector_1$engine$capsule_blocked capsule_blocked(
        .d(capsule_blocked$d),
        .q(capsule_blocked$q),
        .clock(capsule_blocked$clock)
    );
    connector_pair$connector_1$engine$prefer_link prefer_link(
        .d(prefer_link$d),
        .q(prefer_link$q),
        .clock(prefer_link$clock)
    );
    
    // Update code
    always @(*) begin
        step$clock = clock;
        resume$clock = clock;
        qp_reg$clock = clock;
        slot$clock = clock;
        entry$clock = clock;
        cqe_low_reg$clock = clock;
        cqe_high_reg$clock = clock;
        sweep_held$clock = clock;
        serve_link$clock = clock;
        capsule_blocked$clock = clock;
        prefer_link$clock = clock;
        step$d = step$q;
        resume$d = resume$q;
        qp_reg$d = qp_reg$q;
        slot$d = slot$q;
        entry$d = entry$q;
        cqe_low_reg$d = cqe_low_reg$q;
        cqe_high_reg$d = cqe_high_reg$q;
        sweep_held$d = sweep_held$q;
        serve_link$d = serve_link$q;
        capsule_blocked$d = capsule_blocked$q;
        prefer_link$d = prefer_link$q;
        qp = qp_reg$q;
        cqe_low = cqe_low_reg$q;
        cqe_high = cqe_high_reg$q;
        sweeping = step$q == EngineStep$Sweeping;
        capsule_ready = 1'b0;
        slot_address = (((qp_reg$q) & 7'h7f) << slot_shift) | ((slot$q) & 7'h7f);
        table_read_address = qp_reg$q;
        table_write_enable = 1'b0;
        table_write_address = qp_reg$q;
        table_entry = entry$q;
        meta_write_enable = 1'b0;
        slot_set = 1'b0;
        slot_clear = 1'b0;
        cqe_cid = cqe_high_reg$q[(32'h20)+:(16)];
        capsule_controller_cid = (capsule_cid & cid_above_slot) | ((capsule_slot) & 16'hffff);
        slot_controller_cid = (meta_data[(64'h0)+:(16)] & cid_above_slot) | ((slot$q) & 16'hffff);
        cqe_status_ok = (cqe_high_reg$q[(32'h30)+:(16)] & status_mask) == status_success;
        finish = 1'b0;
        read_cqe = 1'b0;
        skip = no_controllers;
        capsule_ok = capsule_valid & ~capsule_blocked$q;
        pick_link = link_waiting & (~capsule_ok | prefer_link$q);
        take_header = 1'b0;
        read_allocate = 1'b0;
        issue = 1'b0;
        issue_controller = entry$q[(64'h1)+:(1)];
        issue_header = type_command | (((qp_reg$q) & 64'hffffffffffffffff) << shift_16) | (((capsule_length) & 64'hffffffffffffffff) << shift_32) | (((capsule_controller_cid) & 64'hffffffffffffffff) << shift_48);
        issue_next = EmitStep$Slot;
        issue_fence = 1'b0;
        issue_payload = ((entry$q[(64'h5)+:(16)]) & 64'hffffffffffffffff) | (((entry$q[(64'h15)+:(7)]) & 64'hffffffffffffffff) << shift_16) | (((entry$q[(64'h2c)+:(8)]) & 64'hffffffffffffffff) << shift_32);
        issue_length = capsule_length;
        wr_load = 1'b0;
        wr_fields = completion_send;
        cfg_ready = (step$q == EngineStep$Idle) & ~sweep_held$q;
        request_free = cfg_ready & ~cfg_valid;
        events = no_events;
        case (step$q)
            EngineStep$Clear:
                begin
                    if (table_clear_done) begin
                        step$d = EngineStep$Idle;
                    end
                end
            EngineStep$Idle:
                begin
                    if (sweep_held$q) begin
                        serve_link$d = 1'b0;
                        if (serve_link$q & link_waiting) begin
                            take_header = 1'b1;
                        end
                        else begin
                            sweep_held$d = 1'b0;
                            step$d = EngineStep$Sweeping;
                        end
                    end
                    else if (cfg_valid) begin
                    end
                    else if (request_sweep) begin
                        step$d = EngineStep$Sweeping;
                    end
                    else if (request_fence) begin
                        issue = 1'b1;
                        issue_controller = request_controller;
                        issue_header = type_fence;
                        issue_next = EmitStep$Idle;
                        issue_fence = 1'b1;
                    end
                    else if (pick_link) begin
                        take_header = 1'b1;
                    end
                    else if (capsule_ok) begin
                        qp_reg$d = capsule_qp;
                        slot$d = capsule_slot;
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
                    table_entry = table_data;
                    entry$d = table_data;
                    if (~table_data[(64'h0)+:(1)]) begin
                        events[(64'h2)+:(1)] = 1'b1;
                        capsule_ready = 1'b1;
                        step$d = EngineStep$Idle;
                    end
                    else if (table_data[(64'h4)+:(1)]) begin
                        capsule_blocked$d = 1'b1;
                        step$d = EngineStep$Idle;
                    end
                    else if (table_data[(64'h3)+:(1)]) begin
                        table_entry[(64'h15)+:(7)] = table_data[(64'h15)+:(7)] + sq_step;
                        table_write_enable = 1'b1;
                        events[(64'h8)+:(1)] = 1'b1;
                        capsule_ready = 1'b1;
                        cqe_low_reg$d = cqe_low_empty;
                        cqe_high_reg$d = ((table_entry[(64'h15)+:(7)]) & 64'hffffffffffffffff) | (((capsule_cid) & 64'hffffffffffffffff) << shift_32) | path_error_status;
                        wr_load = 1'b1;
                        wr_fields[(64'h3a)+:(1)] = 1'b0;
                        resume$d = EngineStep$Idle;
                        step$d = EngineStep$WrIssue;
                    end
                    else if (emit_idle) begin
                        slot_set = 1'b1;
                        meta_write_enable = 1'b1;
                        table_entry[(64'h15)+:(7)] = table_data[(64'h15)+:(7)] + sq_step;
                        table_entry[(64'h2c)+:(8)] = table_data[(64'h2c)+:(8)] + one_more_8;
                        table_entry[(64'h34)+:(16)] = table_data[(64'h34)+:(16)] + one_more_16;
                        table_write_enable = 1'b1;
                        issue = 1'b1;
                        issue_controller = table_data[(64'h1)+:(1)];
                        events[(64'h0)+:(1)] = 1'b1;
                        capsule_ready = 1'b1;
                        step$d = EngineStep$Idle;
                    end
                end
            EngineStep$Reading:
                begin
                    if (message_finished) begin
                        step$d = EngineStep$Idle;
                    end
                    if (descriptor_read) begin
                        step$d = EngineStep$WqeDecide;
                    end
                    if (cqe_low_read) begin
                        cqe_low_reg$d = beat_data;
                    end
                    if (cqe_read) begin
                        cqe_high_reg$d = beat_data;
                        slot$d = beat_data[(32'h20)+:(3)];
                        step$d = EngineStep$CqeLoad;
                    end
                end
            EngineStep$WqeDecide:
                begin
                    entry$d = table_data;
                    wr_fields[(64'h2)+:(16)] = message_length;
                    wr_fields[(64'h12)+:(32)] = message_rkey;
                    resume$d = EngineStep$Idle;
                    if (beat_lost) begin
                        events[(64'h7)+:(1)] = 1'b1;
                        finish = 1'b1;
                    end
                    else if (~table_data[(64'h0)+:(1)]) begin
                        events[(64'h3)+:(1)] = 1'b1;
                        finish = 1'b1;
                    end
                    else if ((table_data[(64'h1)+:(1)] != message_src) | table_data[(64'h3)+:(1)]) begin
                        events[(64'h6)+:(1)] = 1'b1;
                        finish = 1'b1;
                    end
                    else if (write_ok) begin
                        wr_load = 1'b1;
                        wr_fields[(64'h0)+:(2)] = kind_write;
                        step$d = EngineStep$WrIssue;
                    end
                    else if (read_ok) begin
                        if (read_free) begin
                            read_allocate = 1'b1;
                            wr_load = 1'b1;
                            wr_fields[(64'h0)+:(2)] = kind_read;
                            wr_fields[(64'h32)+:(8)] = read_next_tag;
                            step$d = EngineStep$WrIssue;
                        end
                    end
                    else if (send_ok) begin
                        read_cqe = 1'b1;
                        step$d = EngineStep$Reading;
                    end
                    else begin
                        events[(64'h4)+:(1)] = 1'b1;
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
                    if (beat_lost) begin
                        events[(64'h7)+:(1)] = 1'b1;
                    end
                    else if (slot_busy & (slot_controller_cid == cqe_cid)) begin
                        cqe_high_reg$d = (cqe_high_reg$q & ~cqe_cid_field) | (((meta_data[(64'h0)+:(16)]) & 64'hffffffffffffffff) << shift_32);
                        slot_clear = 1'b1;
                        table_entry[(64'h2c)+:(8)] = entry$q[(64'h2c)+:(8)] - one_more_8;
                        table_entry[(64'h1c)+:(16)] = cqe_high_reg$q[(32'h0)+:(16)];
                        table_entry[(64'h44)+:(16)] = entry$q[(64'h44)+:(16)] + one_more_16;
                        if (meta_data[(64'h20)+:(1)] & cqe_status_ok) begin
                            table_entry[(64'h5)+:(16)] = cqe_low_reg$q[(32'h0)+:(16)];
                        end
                        table_write_enable = 1'b1;
                        entry$d = table_entry;
                        events[(64'h1)+:(1)] = 1'b1;
                        capsule_blocked$d = 1'b0;
                        wr_load = 1'b1;
                        if (send_invalidate) begin
                            wr_fields[(64'h0)+:(2)] = kind_send_invalidate;
                        end
                        wr_fields[(64'h12)+:(32)] = invalidate;
                        resume$d = EngineStep$DrainCheck;
                        step$d = EngineStep$WrIssue;
                    end
                    else begin
                        events[(64'h5)+:(1)] = 1'b1;
                    end
                    if (~message_ended) begin
                        skip = message_src_bit;
                    end
                end
            EngineStep$WrIssue:
                begin
                    if (wr_finished) begin
                        step$d = resume$q;
                    end
                end
            EngineStep$DrainCheck:
                begin
                    step$d = EngineStep$Idle;
                    if (entry$q[(64'h4)+:(1)] & (entry$q[(64'h2c)+:(8)] == no_outstanding)) begin
                        step$d = EngineStep$DrainTakeover;
                    end
                end
            EngineStep$DrainTakeover:
                begin
                    if (emit_idle) begin
                        table_entry[(64'h1)+:(1)] = entry$q[(64'h2)+:(1)];
                        table_entry[(64'h4)+:(1)] = 1'b0;
                        table_write_enable = 1'b1;
                        issue = 1'b1;
                        issue_controller = entry$q[(64'h2)+:(1)];
                        issue_header = type_takeover | (((qp_reg$q) & 64'hffffffffffffffff) << shift_16);
                        issue_next = EmitStep$Payload;
                        step$d = EngineStep$Idle;
                    end
                end
            EngineStep$Sweeping:
                begin
                    if (sweep_path_error) begin
                        events[(64'h8)+:(1)] = 1'b1;
                        qp_reg$d = sweep_qp;
                        cqe_low_reg$d = cqe_low_empty;
                        cqe_high_reg$d = sweep_path_error_high;
                        wr_load = 1'b1;
                        wr_fields[(64'h3a)+:(1)] = 1'b0;
                        resume$d = EngineStep$Sweeping;
                        step$d = EngineStep$WrIssue;
                    end
                    if (sweep_paused) begin
                        sweep_held$d = 1'b1;
                        serve_link$d = 1'b1;
                        step$d = EngineStep$Idle;
                    end
                    if (sweep_done) begin
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
            qp_reg$d = offered_qp;
            prefer_link$d = 1'b0;
            step$d = EngineStep$Reading;
        end
        if (finish) begin
            step$d = EngineStep$Idle;
            if (~message_ended) begin
                skip = message_src_bit;
            end
        end
        table_write_data = table_entry;
        if (reset) begin
            step$d = EngineStep$Clear;
            capsule_blocked$d = 1'b0;
            sweep_held$d = 1'b0;
            serve_link$d = 1'b0;
        end
    end
    
endmodule // connector_pair$connector_1$engine


module connector_pair$connector_1$engine$capsule_blocked(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$engine$capsule_blocked


module connector_pair$connector_1$engine$cqe_high_reg(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$engine$cqe_high_reg


module connector_pair$connector_1$engine$cqe_low_reg(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$engine$cqe_low_reg


module connector_pair$connector_1$engine$entry(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$engine$entry


module connector_pair$connector_1$engine$prefer_link(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$engine$prefer_link


module connector_pair$connector_1$engine$qp_reg(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$engine$qp_reg


module connector_pair$connector_1$engine$resume(d,q,clock);
    
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
    localparam EngineStep$DrainCheck = 9;
    localparam EngineStep$DrainTakeover = 10;
    localparam EngineStep$Sweeping = 11;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // connector_pair$connector_1$engine$resume


module connector_pair$connector_1$engine$serve_link(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$engine$serve_link


module connector_pair$connector_1$engine$slot(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$engine$slot


module connector_pair$connector_1$engine$step(d,q,clock);
    
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
    localparam EngineStep$DrainCheck = 9;
    localparam EngineStep$DrainTakeover = 10;
    localparam EngineStep$Sweeping = 11;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // connector_pair$connector_1$engine$step


module connector_pair$connector_1$engine$sweep_held(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$engine$sweep_held


module connector_pair$connector_1$intake(clock,reset,from_a$tdata,from_a$tlast,from_a$tvalid,from_a$tready,from_b$tdata,from_b$tlast,from_b$tvalid,from_b$tready,link_up,fenced,available,heard,waiting,offered$from_b,offered$kind,offered$fields,offered$last,take_header,beat$src,beat$data,beat$last,beat$valid,beat$lost,beat$take,mover_busy,mover_src,mover_take,skip);
    
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
    connector_pair$connector_1$intake$at_header at_header(
        .d(at_header$d),
        .q(at_header$q),
        .clock(at_header$clock)
    );
    connector_pair$connector_1$intake$draining draining(
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
    
endmodule // connector_pair$connector_1$intake


module connector_pair$connector_1$intake$at_header(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$intake$at_header


module connector_pair$connector_1$intake$draining(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$intake$draining


module connector_pair$connector_1$issuer(clock,reset,load,load_fields,qp,va,src,cqe_low,cqe_high,finished,work_from,valid,ready,work_qp,kind,length,work_va,rkey,tag,payload$tdata,payload$tlast,payload$tvalid,payload$tready,from_a_tdata,from_a_tvalid,from_a_tlast,from_b_tdata,from_b_tvalid,from_b_tlast,available,mover_busy,mover_src,mover_take,mover_skip,write_truncated);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  load;
    input wire  [58:0] load_fields;
    input wire  [3:0] qp;
    input wire  [63:0] va;
    input wire  src;
    input wire  [63:0] cqe_low;
    input wire  [63:0] cqe_high;
    output reg  finished;
    output reg  [1:0] work_from;
    output reg  valid;
    input wire  ready;
    output reg  [3:0] work_qp;
    output reg  [1:0] kind;
    output reg  [15:0] length;
    output reg  [63:0] work_va;
    output reg  [31:0] rkey;
    output reg  [7:0] tag;
    output reg  [63:0] payload$tdata;
    output reg  payload$tlast;
    output reg  payload$tvalid;
    input wire  payload$tready;
    input wire  [63:0] from_a_tdata;
    input wire  from_a_tvalid;
    input wire  from_a_tlast;
    input wire  [63:0] from_b_tdata;
    input wire  from_b_tvalid;
    input wire  from_b_tlast;
    input wire  [1:0] available;
    output reg  mover_busy;
    output reg  mover_src;
    output reg  mover_take;
    output reg  [1:0] mover_skip;
    output reg  write_truncated;
    
    // Constant declarations
    localparam  kind_write = 2'b10;
    localparam  kind_read = 2'b11;
    localparam  link_a_bit = 2'b1;
    localparam  link_b_bit = 2'b10;
    localparam  no_link = 2'b0;
    
    // Enums
    localparam IssueStep$Idle = 0;
    localparam IssueStep$Offer = 1;
    localparam IssueStep$CqeLow = 2;
    localparam IssueStep$CqeHigh = 3;
    
    // Stub signals
    reg  [1:0] step$d;
    wire  [1:0] step$q;
    reg  step$clock;
    reg  [58:0] fields$d;
    wire  [58:0] fields$q;
    reg  fields$clock;
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
    
    // Local signals
    reg  taken;
    
    // Sub module instances
    connector_pair$connector_1$issuer$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    connector_pair$connector_1$issuer$fields fields(
        .d(fields$d),
        .q(fields$q),
        .clock(fields$clock)
    );
    connector_pair$connector_1$issuer$mover mover(
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
    
    // Update code
    always @(*) begin
        step$clock = clock;
        fields$clock = clock;
        step$d = step$q;
        fields$d = fields$q;
        if (load) begin
            fields$d = load_fields;
            step$d = IssueStep$Offer;
        end
        work_qp = qp;
        kind = fields$q[(64'h0)+:(2)];
        length = fields$q[(64'h2)+:(16)];
        work_va = va;
        rkey = fields$q[(64'h12)+:(32)];
        tag = fields$q[(64'h32)+:(8)];
        valid = 1'b0;
        payload$tdata = cqe_low;
        payload$tlast = 1'b0;
        payload$tvalid = 1'b0;
        finished = 1'b0;
        work_from = no_link;
        taken = 1'b0;
        case (step$q)
            IssueStep$Offer:
                begin
                    valid = ~mover$busy;
                    taken = ready & ~mover$busy;
                    if (taken) begin
                        if (fields$q[(64'h3a)+:(1)]) begin
                            work_from = link_a_bit;
                            if (src) begin
                                work_from = link_b_bit;
                            end
                        end
                        if ((fields$q[(64'h0)+:(2)] == kind_write) | (fields$q[(64'h0)+:(2)] == kind_read)) begin
                            finished = 1'b1;
                            step$d = IssueStep$Idle;
                        end
                        else begin
                            step$d = IssueStep$CqeLow;
                        end
                    end
                end
            IssueStep$CqeLow:
                begin
                    payload$tvalid = 1'b1;
                    if (payload$tready) begin
                        step$d = IssueStep$CqeHigh;
                    end
                end
            IssueStep$CqeHigh:
                begin
                    payload$tdata = cqe_high;
                    payload$tvalid = 1'b1;
                    payload$tlast = 1'b1;
                    if (payload$tready) begin
                        finished = 1'b1;
                        step$d = IssueStep$Idle;
                    end
                end
            default:
                begin
                end
        endcase
        mover$clock = clock;
        mover$reset = reset;
        mover$start = taken & (fields$q[(64'h0)+:(2)] == kind_write);
        mover$start_src = src;
        mover$start_length = fields$q[(64'h2)+:(16)];
        mover$from_a_tdata = from_a_tdata;
        mover$from_a_tvalid = from_a_tvalid;
        mover$from_a_tlast = from_a_tlast;
        mover$from_b_tdata = from_b_tdata;
        mover$from_b_tvalid = from_b_tvalid;
        mover$from_b_tlast = from_b_tlast;
        mover$available = available;
        mover$payload_tready = payload$tready;
        if (mover$busy) begin
            payload$tdata = mover$payload_tdata;
            payload$tlast = mover$payload_tlast;
            payload$tvalid = mover$payload_tvalid;
        end
        mover_busy = mover$busy;
        mover_src = mover$src;
        mover_take = mover$take;
        mover_skip = mover$skip;
        write_truncated = mover$write_truncated;
        if (reset) begin
            step$d = IssueStep$Idle;
        end
    end
    
endmodule // connector_pair$connector_1$issuer


module connector_pair$connector_1$issuer$fields(d,q,clock);
    
    // Module arguments
    input wire  [58:0] d;
    output reg  [58:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 59'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // connector_pair$connector_1$issuer$fields


module connector_pair$connector_1$issuer$mover(clock,reset,start,start_src,start_length,busy,src,from_a_tdata,from_a_tvalid,from_a_tlast,from_b_tdata,from_b_tvalid,from_b_tlast,take,available,payload_tdata,payload_tlast,payload_tvalid,payload_tready,skip,write_truncated);
    
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
    connector_pair$connector_1$issuer$mover$moving moving(
        .d(moving$d),
        .q(moving$q),
        .clock(moving$clock)
    );
    connector_pair$connector_1$issuer$mover$from_b from_b(
        .d(from_b$d),
        .q(from_b$q),
        .clock(from_b$clock)
    );
    connector_pair$connector_1$issuer$mover$closing closing(
        .d(closing$d),
        .q(closing$q),
        .clock(closing$clock)
    );
    connector_pair$connector_1$issuer$mover$words_left words_left(
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
    
endmodule // connector_pair$connector_1$issuer$mover


module connector_pair$connector_1$issuer$mover$closing(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$issuer$mover$closing


module connector_pair$connector_1$issuer$mover$from_b(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$issuer$mover$from_b


module connector_pair$connector_1$issuer$mover$moving(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$issuer$mover$moving


module connector_pair$connector_1$issuer$mover$words_left(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$issuer$mover$words_left


module connector_pair$connector_1$issuer$step(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam IssueStep$Idle = 0;
    localparam IssueStep$Offer = 1;
    localparam IssueStep$CqeLow = 2;
    localparam IssueStep$CqeHigh = 3;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // connector_pair$connector_1$issuer$step


module connector_pair$connector_1$meta(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [32:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [32:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[32:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // connector_pair$connector_1$meta


module connector_pair$connector_1$qp_table(clock,reset,read_address,read_data,write_enable,write_address,write_data,cfg_take,cfg_qp,cfg_enable,cfg_controller,clear_done);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [3:0] read_address;
    output reg  [83:0] read_data;
    input wire  write_enable;
    input wire  [3:0] write_address;
    input wire  [83:0] write_data;
    input wire  cfg_take;
    input wire  [3:0] cfg_qp;
    input wire  cfg_enable;
    input wire  cfg_controller;
    output reg  clear_done;
    
    // Constant declarations
    localparam  qp_step = 4'h1;
    localparam  first_qp = 4'h0;
    localparam  last_qp = 4'hf;
    localparam  cleared_entry = 84'h0;
    
    // Stub signals
    reg  [3:0] ram$read_address;
    reg  ram$read_clock;
    wire  [83:0] ram$read_data;
    reg  [3:0] ram$write_address;
    reg  ram$write_clock;
    reg  [83:0] ram$write_data;
    reg  ram$write_enable;
    reg  cleared$d;
    wire  cleared$q;
    reg  cleared$clock;
    reg  [3:0] clear_qp$d;
    wire  [3:0] clear_qp$q;
    reg  clear_qp$clock;
    
    // Sub module instances
    connector_pair$connector_1$qp_table$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    connector_pair$connector_1$qp_table$cleared cleared(
        .d(cleared$d),
        .q(cleared$q),
        .clock(cleared$clock)
    );
    connector_pair$connector_1$qp_table$clear_qp clear_qp(
        .d(clear_qp$d),
        .q(clear_qp$q),
        .clock(clear_qp$clock)
    );
    
    // Update code
    always @(*) begin
        cleared$clock = clock;
        clear_qp$clock = clock;
        cleared$d = cleared$q;
        clear_qp$d = clear_qp$q;
        ram$read_clock = clock;
        ram$write_clock = clock;
        ram$read_address = read_address;
        read_data = ram$read_data;
        ram$write_enable = write_enable;
        ram$write_address = write_address;
        ram$write_data = write_data;
        clear_done = 1'b0;
        if (~cleared$q) begin
            ram$write_enable = 1'b1;
            ram$write_address = clear_qp$q;
            ram$write_data = cleared_entry;
            clear_qp$d = clear_qp$q + qp_step;
            if (clear_qp$q == last_qp) begin
                clear_done = 1'b1;
                cleared$d = 1'b1;
            end
        end
        if (cfg_take) begin
            ram$write_enable = 1'b1;
            ram$write_address = cfg_qp;
            ram$write_data = cleared_entry;
            ram$write_data[(64'h0)+:(1)] = cfg_enable;
            ram$write_data[(64'h1)+:(1)] = cfg_controller;
            ram$write_data[(64'h2)+:(1)] = cfg_controller;
        end
        if (reset) begin
            cleared$d = 1'b0;
            clear_qp$d = first_qp;
        end
    end
    
endmodule // connector_pair$connector_1$qp_table


module connector_pair$connector_1$qp_table$clear_qp(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$qp_table$clear_qp


module connector_pair$connector_1$qp_table$cleared(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$qp_table$cleared


module connector_pair$connector_1$qp_table$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // connector_pair$connector_1$qp_table$ram


module connector_pair$connector_1$read_table(clock,reset,has_free,next_tag,allocate,controller,tag,forget,lookup_index,lookup_entry,live,retire);
    
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
    connector_pair$connector_1$read_table$entries entries(
        .read_address(entries$read_address),
        .read_clock(entries$read_clock),
        .read_data(entries$read_data),
        .write_address(entries$write_address),
        .write_clock(entries$write_clock),
        .write_data(entries$write_data),
        .write_enable(entries$write_enable)
    );
    connector_pair$connector_1$read_table$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    connector_pair$connector_1$read_table$of_b of_b(
        .d(of_b$d),
        .q(of_b$q),
        .clock(of_b$clock)
    );
    connector_pair$connector_1$read_table$fresh fresh(
        .d(fresh$d),
        .q(fresh$q),
        .clock(fresh$clock)
    );
    connector_pair$connector_1$read_table$generation generation(
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
    
endmodule // connector_pair$connector_1$read_table


module connector_pair$connector_1$read_table$entries(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // connector_pair$connector_1$read_table$entries


module connector_pair$connector_1$read_table$fresh(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$read_table$fresh


module connector_pair$connector_1$read_table$generation(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$read_table$generation


module connector_pair$connector_1$read_table$of_b(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$read_table$of_b


module connector_pair$connector_1$read_table$valid(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$read_table$valid


module connector_pair$connector_1$reader(clock,reset,take_header,offered$from_b,offered$kind,offered$fields,offered$last,read_cqe,beat$src,beat$data,beat$last,beat$valid,beat$lost,beat$take,fenced,fence_sent,finished,descriptor_read,cqe_low_read,cqe_read,skip,fence_acked,late_discarded,wqe_unknown_qp,wqe_malformed,takeover_acked,src,src_bit,ended,tag,length,va,rkey,invalidate,write_ok,read_ok,send_ok,send_invalidate);
    
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
    connector_pair$connector_1$reader$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    connector_pair$connector_1$reader$from_b from_b(
        .d(from_b$d),
        .q(from_b$q),
        .clock(from_b$clock)
    );
    connector_pair$connector_1$reader$kind kind(
        .d(kind$d),
        .q(kind$q),
        .clock(kind$clock)
    );
    connector_pair$connector_1$reader$header_qp header_qp(
        .d(header_qp$d),
        .q(header_qp$q),
        .clock(header_qp$clock)
    );
    connector_pair$connector_1$reader$header_length header_length(
        .d(header_length$d),
        .q(header_length$q),
        .clock(header_length$clock)
    );
    connector_pair$connector_1$reader$header_tag header_tag(
        .d(header_tag$d),
        .q(header_tag$q),
        .clock(header_tag$clock)
    );
    connector_pair$connector_1$reader$last_taken last_taken(
        .d(last_taken$d),
        .q(last_taken$q),
        .clock(last_taken$clock)
    );
    connector_pair$connector_1$reader$op op(
        .d(op$d),
        .q(op$q),
        .clock(op$clock)
    );
    connector_pair$connector_1$reader$wqe_length wqe_length(
        .d(wqe_length$d),
        .q(wqe_length$q),
        .clock(wqe_length$clock)
    );
    connector_pair$connector_1$reader$wqe_va wqe_va(
        .d(wqe_va$d),
        .q(wqe_va$q),
        .clock(wqe_va$clock)
    );
    connector_pair$connector_1$reader$wqe_rkey wqe_rkey(
        .d(wqe_rkey$d),
        .q(wqe_rkey$q),
        .clock(wqe_rkey$clock)
    );
    connector_pair$connector_1$reader$wqe_invalidate wqe_invalidate(
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
    
endmodule // connector_pair$connector_1$reader


module connector_pair$connector_1$reader$from_b(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$reader$from_b


module connector_pair$connector_1$reader$header_length(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$reader$header_length


module connector_pair$connector_1$reader$header_qp(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$reader$header_qp


module connector_pair$connector_1$reader$header_tag(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$reader$header_tag


module connector_pair$connector_1$reader$kind(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$reader$kind


module connector_pair$connector_1$reader$last_taken(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$reader$last_taken


module connector_pair$connector_1$reader$op(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$reader$op


module connector_pair$connector_1$reader$step(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$reader$step


module connector_pair$connector_1$reader$wqe_invalidate(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$reader$wqe_invalidate


module connector_pair$connector_1$reader$wqe_length(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$reader$wqe_length


module connector_pair$connector_1$reader$wqe_rkey(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$reader$wqe_rkey


module connector_pair$connector_1$reader$wqe_va(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$reader$wqe_va


module connector_pair$connector_1$receiver(clock,reset,s_axis_tdata,s_axis_tkeep,s_axis_tlast,s_axis_tvalid,s_axis_tready,s_axis_qp,s_axis_message_end,busy,buffer_write_enable,buffer_write_address,buffer_write_data,capsule_valid,capsule_ready,capsule_qp,capsule_slot,capsule_cid,capsule_length,capsule_admin_connect,freed,probe_qp,probe_taken,slots_full,malformed_capsule,capsule_too_long);
    
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
    input wire  [127:0] busy;
    output reg  buffer_write_enable;
    output reg  [14:0] buffer_write_address;
    output reg  [63:0] buffer_write_data;
    output reg  capsule_valid;
    input wire  capsule_ready;
    output reg  [3:0] capsule_qp;
    output reg  [2:0] capsule_slot;
    output reg  [15:0] capsule_cid;
    output reg  [15:0] capsule_length;
    output reg  capsule_admin_connect;
    input wire  [127:0] freed;
    input wire  [3:0] probe_qp;
    output reg  probe_taken;
    output reg  slots_full;
    output reg  malformed_capsule;
    output reg  capsule_too_long;
    
    // Constant declarations
    localparam  slot_bits = 7'b11;
    localparam  slot_bits_wide = 128'h3;
    localparam  qp_slot_mask = 128'hff;
    localparam  zero_slot = 3'b0;
    localparam  one_slot = 3'b1;
    localparam  slot_word_bits = 15'b1000;
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
    localparam  one_slots = 128'h1;
    localparam  zero_slots = 128'h0;
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
    reg  [6:0] queue$read_address;
    reg  queue$read_clock;
    wire  [48:0] queue$read_data;
    reg  [6:0] queue$write_address;
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
    reg  [127:0] queued$d;
    wire  [127:0] queued$q;
    reg  queued$clock;
    reg  [127:0] receiving$d;
    wire  [127:0] receiving$q;
    reg  receiving$clock;
    
    // Local signals
    reg  [127:0] queued_set;
    reg  [127:0] queued_clear;
    reg  pop;
    reg  [127:0] receiving_set;
    reg  [127:0] receiving_clear;
    reg  [127:0] taken;
    reg  [127:0] qp_free;
    reg  [2:0] free_slot;
    reg  free_found;
    reg  [2:0] free_index;
    reg  [15:0] read_next;
    reg  [6:0] head_address;
    reg  [48:0] posted;
    reg  [46:0] next;
    reg  accept;
    reg  first;
    reg  [15:0] cid;
    reg  [2:0] slot;
    reg  [6:0] slot_address;
    reg  [15:0] word;
    reg  [15:0] keep_bytes;
    reg  [15:0] bytes_before;
    reg  short_of_sqe;
    reg  [3:0] sqe_bytes_lacking;
    reg  [7:0] sgl_type;
    
    // Sub module instances
    connector_pair$connector_1$receiver$progress progress(
        .read_address(progress$read_address),
        .read_clock(progress$read_clock),
        .read_data(progress$read_data),
        .write_address(progress$write_address),
        .write_clock(progress$write_clock),
        .write_data(progress$write_data),
        .write_enable(progress$write_enable)
    );
    connector_pair$connector_1$receiver$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    connector_pair$connector_1$receiver$qp qp(
        .d(qp$d),
        .q(qp$q),
        .clock(qp$clock)
    );
    connector_pair$connector_1$receiver$work work(
        .d(work$d),
        .q(work$q),
        .clock(work$clock)
    );
    connector_pair$connector_1$receiver$clear_qp clear_qp(
        .d(clear_qp$d),
        .q(clear_qp$q),
        .clock(clear_qp$clock)
    );
    connector_pair$connector_1$receiver$queue queue(
        .read_address(queue$read_address),
        .read_clock(queue$read_clock),
        .read_data(queue$read_data),
        .write_address(queue$write_address),
        .write_clock(queue$write_clock),
        .write_data(queue$write_data),
        .write_enable(queue$write_enable)
    );
    connector_pair$connector_1$receiver$queue_write queue_write(
        .d(queue_write$d),
        .q(queue_write$q),
        .clock(queue_write$clock)
    );
    connector_pair$connector_1$receiver$queue_filled queue_filled(
        .d(queue_filled$d),
        .q(queue_filled$q),
        .clock(queue_filled$clock)
    );
    connector_pair$connector_1$receiver$queue_read queue_read(
        .d(queue_read$d),
        .q(queue_read$q),
        .clock(queue_read$clock)
    );
    connector_pair$connector_1$receiver$queued queued(
        .d(queued$d),
        .q(queued$q),
        .clock(queued$clock)
    );
    connector_pair$connector_1$receiver$receiving receiving(
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
        capsule_slot = ((queue$read_data[(64'h8)+:(8)]) & 3'h7);
        capsule_length = queue$read_data[(64'h20)+:(16)];
        capsule_admin_connect = queue$read_data[(64'h30)+:(1)];
        pop = capsule_valid & capsule_ready;
        head_address = (((capsule_qp) & 7'h7f) << slot_bits) | ((capsule_slot) & 7'h7f);
        queued_clear = zero_slots;
        read_next = queue_read$q;
        if (pop) begin
            queued_clear = one_slots << ((head_address) & 128'hffffffffffffffffffffffffffffffff);
            read_next = queue_read$q + bytes_1;
        end
        queue_read$d = read_next;
        queue$read_address = ((read_next) & 7'h7f);
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
        qp_free = zero_slots;
        free_found = 1'b0;
        free_slot = zero_slot;
        free_index = zero_slot;
        if (first) begin
            qp_free = ~taken >> (((qp$q) & 128'hffffffffffffffffffffffffffffffff) << slot_bits_wide);
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
        end
        slot = ((work$q[(64'h2)+:(8)]) & 3'h7);
        if (first) begin
            slot = free_slot;
        end
        slot_address = (((qp$q) & 7'h7f) << slot_bits) | ((slot) & 7'h7f);
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
        probe_taken = ~|(~taken & (qp_slot_mask << (((probe_qp) & 128'hffffffffffffffffffffffffffffffff) << slot_bits_wide)));
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
        buffer_write_address = (((slot_address) & 15'h7fff) << slot_word_bits) | ((word[(32'h0)+:(8)]) & 15'h7fff);
        posted[(64'h0)+:(8)] = ((qp$q) & 8'hff);
        posted[(64'h8)+:(8)] = ((slot) & 8'hff);
        posted[(64'h10)+:(16)] = cid;
        posted[(64'h20)+:(16)] = next[(64'h1f)+:(16)];
        posted[(64'h30)+:(1)] = next[(64'hd)+:(1)] & next[(64'he)+:(1)];
        queue$write_enable = 1'b0;
        queue$write_address = ((queue_write$q) & 7'h7f);
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
                            receiving_set = one_slots << ((slot_address) & 128'hffffffffffffffffffffffffffffffff);
                        end
                        if (s_axis_tlast) begin
                            progress$write_enable = 1'b1;
                            progress$write_data = next;
                            step$d = ReceiverStep$Idle;
                            if (s_axis_message_end) begin
                                progress$write_data = cleared;
                                if (~next[(64'h1)+:(1)]) begin
                                    receiving_clear = freed | (one_slots << ((slot_address) & 128'hffffffffffffffffffffffffffffffff));
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
                                    queued_set = one_slots << ((slot_address) & 128'hffffffffffffffffffffffffffffffff);
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
    
endmodule // connector_pair$connector_1$receiver


module connector_pair$connector_1$receiver$clear_qp(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$receiver$clear_qp


module connector_pair$connector_1$receiver$progress(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // connector_pair$connector_1$receiver$progress


module connector_pair$connector_1$receiver$qp(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$receiver$qp


module connector_pair$connector_1$receiver$queue(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [48:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [48:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[48:0] mem[127:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // connector_pair$connector_1$receiver$queue


module connector_pair$connector_1$receiver$queue_filled(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$receiver$queue_filled


module connector_pair$connector_1$receiver$queue_read(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$receiver$queue_read


module connector_pair$connector_1$receiver$queue_write(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$receiver$queue_write


module connector_pair$connector_1$receiver$queued(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // connector_pair$connector_1$receiver$queued


module connector_pair$connector_1$receiver$receiving(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // connector_pair$connector_1$receiver$receiving


module connector_pair$connector_1$receiver$step(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$receiver$step


module connector_pair$connector_1$receiver$work(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$receiver$work


module connector_pair$connector_1$requests(clock,reset,fail_start,fence_request,readmit,failback,free,emit_idle,fence_acked,sweep,fence,kind,controller,fence_sent);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [1:0] fail_start;
    input wire  [1:0] fence_request;
    input wire  [1:0] readmit;
    input wire  failback;
    input wire  free;
    input wire  emit_idle;
    input wire  [1:0] fence_acked;
    output reg  sweep;
    output reg  fence;
    output reg  [1:0] kind;
    output reg  controller;
    output reg  [1:0] fence_sent;
    
    // Constant declarations
    localparam  controller_a = 2'b1;
    localparam  controller_b = 2'b10;
    localparam  none = 2'b0;
    
    // Enums
    localparam SweepKind$Fail = 0;
    localparam SweepKind$Readmit = 1;
    localparam SweepKind$Failback = 2;
    
    // Stub signals
    reg  [1:0] fail$d;
    wire  [1:0] fail$q;
    reg  fail$clock;
    reg  [1:0] fence_waiting$d;
    wire  [1:0] fence_waiting$q;
    reg  fence_waiting$clock;
    reg  [1:0] readmit_waiting$d;
    wire  [1:0] readmit_waiting$q;
    reg  readmit_waiting$clock;
    reg  failback_waiting$d;
    wire  failback_waiting$q;
    reg  failback_waiting$clock;
    reg  [1:0] fenced_unanswered$d;
    wire  [1:0] fenced_unanswered$q;
    reg  fenced_unanswered$clock;
    
    // Local signals
    reg  [1:0] pick;
    
    // Sub module instances
    connector_pair$connector_1$requests$fail fail(
        .d(fail$d),
        .q(fail$q),
        .clock(fail$clock)
    );
    connector_pair$connector_1$requests$fence_waiting fence_waiting(
        .d(fence_waiting$d),
        .q(fence_waiting$q),
        .clock(fence_waiting$clock)
    );
    connector_pair$connector_1$requests$readmit_waiting readmit_waiting(
        .d(readmit_waiting$d),
        .q(readmit_waiting$q),
        .clock(readmit_waiting$clock)
    );
    connector_pair$connector_1$requests$failback_waiting failback_waiting(
        .d(failback_waiting$d),
        .q(failback_waiting$q),
        .clock(failback_waiting$clock)
    );
    connector_pair$connector_1$requests$fenced_unanswered fenced_unanswered(
        .d(fenced_unanswered$d),
        .q(fenced_unanswered$q),
        .clock(fenced_unanswered$clock)
    );
    
    // Update code
    always @(*) begin
        fail$clock = clock;
        fence_waiting$clock = clock;
        readmit_waiting$clock = clock;
        failback_waiting$clock = clock;
        fenced_unanswered$clock = clock;
        fail$d = fail$q;
        fence_waiting$d = fence_waiting$q;
        readmit_waiting$d = readmit_waiting$q;
        failback_waiting$d = failback_waiting$q;
        fenced_unanswered$d = fenced_unanswered$q;
        pick = controller_b;
        if (fail$q[32'h0]) begin
            pick = controller_a;
        end
        if (~|fail$q & fence_waiting$q[32'h0]) begin
            pick = controller_a;
        end
        if (~|fail$q & ~|fence_waiting$q & readmit_waiting$q[32'h0]) begin
            pick = controller_a;
        end
        controller = pick[32'h1];
        fence_sent = fenced_unanswered$q;
        fail$d = fail$q | fail_start;
        fence_waiting$d = fence_waiting$q | fence_request;
        readmit_waiting$d = readmit_waiting$q | readmit;
        failback_waiting$d = failback_waiting$q | failback;
        fenced_unanswered$d = fenced_unanswered$q & ~fence_acked;
        sweep = 1'b0;
        fence = 1'b0;
        kind = SweepKind$Fail;
        if (free) begin
            if (|fail$q) begin
                sweep = 1'b1;
                fail$d = (fail$q & ~pick) | fail_start;
                fenced_unanswered$d = fenced_unanswered$q & ~pick;
            end
            else if (|fence_waiting$q & emit_idle) begin
                fence = 1'b1;
                fence_waiting$d = (fence_waiting$q & ~pick) | fence_request;
                fenced_unanswered$d = fenced_unanswered$q | pick;
            end
            else if (|readmit_waiting$q & ~|fence_waiting$q) begin
                sweep = 1'b1;
                kind = SweepKind$Readmit;
                readmit_waiting$d = (readmit_waiting$q & ~pick) | readmit;
            end
            else if (failback_waiting$q & ~|fence_waiting$q & ~|readmit_waiting$q) begin
                sweep = 1'b1;
                kind = SweepKind$Failback;
                failback_waiting$d = failback;
            end
        end
        if (reset) begin
            fail$d = none;
            fence_waiting$d = none;
            readmit_waiting$d = none;
            failback_waiting$d = 1'b0;
            fenced_unanswered$d = none;
        end
    end
    
endmodule // connector_pair$connector_1$requests


module connector_pair$connector_1$requests$fail(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$requests$fail


module connector_pair$connector_1$requests$failback_waiting(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$requests$failback_waiting


module connector_pair$connector_1$requests$fence_waiting(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$requests$fence_waiting


module connector_pair$connector_1$requests$fenced_unanswered(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$requests$fenced_unanswered


module connector_pair$connector_1$requests$readmit_waiting(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$requests$readmit_waiting


module connector_pair$connector_1$slots(clock,reset,slot_address,slot_busy,set,clear,cfg_take,cfg_qp,sweeping,sweep_clear,busy,freed);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [6:0] slot_address;
    output reg  slot_busy;
    input wire  set;
    input wire  clear;
    input wire  cfg_take;
    input wire  [3:0] cfg_qp;
    input wire  sweeping;
    input wire  [127:0] sweep_clear;
    output reg  [127:0] busy;
    output reg  [127:0] freed;
    
    // Constant declarations
    localparam  first_slot_bit = 128'h1;
    localparam  qp_slot_mask = 128'hff;
    localparam  slot_shift = 128'h3;
    localparam  no_slots = 128'h0;
    
    // Stub signals
    reg  [127:0] busy_slots$d;
    wire  [127:0] busy_slots$q;
    reg  busy_slots$clock;
    
    // Local signals
    reg  [127:0] slot_bit;
    reg  [127:0] set_bits;
    reg  [127:0] clear_bits;
    
    // Sub module instances
    connector_pair$connector_1$slots$busy_slots busy_slots(
        .d(busy_slots$d),
        .q(busy_slots$q),
        .clock(busy_slots$clock)
    );
    
    // Update code
    always @(*) begin
        busy_slots$clock = clock;
        busy_slots$d = busy_slots$q;
        busy = busy_slots$q;
        slot_busy = busy_slots$q[slot_address];
        slot_bit = no_slots;
        if (set | clear) begin
            slot_bit = first_slot_bit << ((slot_address) & 128'hffffffffffffffffffffffffffffffff);
        end
        set_bits = no_slots;
        if (set) begin
            set_bits = slot_bit;
        end
        clear_bits = no_slots;
        if (sweeping) begin
            clear_bits = sweep_clear;
        end
        if (clear) begin
            clear_bits = slot_bit;
        end
        freed = no_slots;
        if (cfg_take) begin
            freed = qp_slot_mask << (((cfg_qp) & 128'hffffffffffffffffffffffffffffffff) << slot_shift);
            clear_bits = freed;
        end
        busy_slots$d = (busy_slots$q | set_bits) & ~clear_bits;
        if (reset) begin
            busy_slots$d = no_slots;
        end
    end
    
endmodule // connector_pair$connector_1$slots


module connector_pair$connector_1$slots$busy_slots(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // connector_pair$connector_1$slots$busy_slots


module connector_pair$connector_1$sweeper(clock,reset,start,start_kind,start_controller,active,link_waiting,available,busy,table_data,slot_cid,slot_length,emit_idle,qp,slot_address,table_write,table_entry,issue,issue_controller,issue_header,issue_next,issue_payload,issue_length,path_error,path_error_high,busy_clear,command_replayed,paused,done);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    input wire  [1:0] start_kind;
    input wire  start_controller;
    input wire  active;
    input wire  link_waiting;
    input wire  [1:0] available;
    input wire  [127:0] busy;
    input wire  [83:0] table_data;
    input wire  [15:0] slot_cid;
    input wire  [15:0] slot_length;
    input wire  emit_idle;
    output reg  [3:0] qp;
    output reg  [6:0] slot_address;
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
    output reg  [127:0] busy_clear;
    output reg  command_replayed;
    output reg  paused;
    output reg  done;
    
    // Constant declarations
    localparam  first_qp = 4'h0;
    localparam  next_qp = 4'h1;
    localparam  last_qp = 4'hf;
    localparam  first_slot = 3'b0;
    localparam  next_slot = 3'b1;
    localparam  slot_shift = 7'b11;
    localparam  slot_shift_wide = 128'h3;
    localparam  qp_slot_mask = 128'hff;
    localparam  one_slot_bit = 128'h1;
    localparam  no_slots = 128'h0;
    localparam  nothing_outstanding = 8'h0;
    localparam  type_command = 64'h1;
    localparam  type_takeover = 64'h800000002;
    localparam  flag_replay = 64'h100;
    localparam  path_error_status = 64'h6e0000000000000;
    localparam  cid_above_slot = 16'hfff8;
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
    reg  [2:0] slot$d;
    wire  [2:0] slot$q;
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
    reg  [127:0] slot_bit;
    reg  slot_busy;
    reg  [127:0] qp_slots;
    reg  qp_busy;
    reg  later_busy;
    reg  [15:0] controller_cid;
    
    // Sub module instances
    connector_pair$connector_1$sweeper$step step(
        .d(step$d),
        .q(step$q),
        .clock(step$clock)
    );
    connector_pair$connector_1$sweeper$kind kind(
        .d(kind$d),
        .q(kind$q),
        .clock(kind$clock)
    );
    connector_pair$connector_1$sweeper$controller controller(
        .d(controller$d),
        .q(controller$q),
        .clock(controller$clock)
    );
    connector_pair$connector_1$sweeper$at_qp at_qp(
        .d(at_qp$d),
        .q(at_qp$q),
        .clock(at_qp$clock)
    );
    connector_pair$connector_1$sweeper$slot slot(
        .d(slot$d),
        .q(slot$q),
        .clock(slot$clock)
    );
    connector_pair$connector_1$sweeper$entry entry(
        .d(entry$d),
        .q(entry$q),
        .clock(entry$clock)
    );
    connector_pair$connector_1$sweeper$at_takeover at_takeover(
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
        slot_address = (((at_qp$q) & 7'h7f) << slot_shift) | ((slot$q) & 7'h7f);
        slot_bit = no_slots;
        slot_busy = 1'b0;
        qp_slots = no_slots;
        qp_busy = 1'b0;
        later_busy = 1'b0;
        if (step$q != SweepStep$Idle) begin
            slot_bit = one_slot_bit << ((slot_address) & 128'hffffffffffffffffffffffffffffffff);
            slot_busy = busy[slot_address];
            qp_slots = qp_slot_mask << (((at_qp$q) & 128'hffffffffffffffffffffffffffffffff) << slot_shift_wide);
            qp_busy = |(busy & qp_slots);
            later_busy = |(busy & ~((slot_bit << one_slot_bit) - one_slot_bit) & qp_slots);
        end
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
    
endmodule // connector_pair$connector_1$sweeper


module connector_pair$connector_1$sweeper$at_qp(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$sweeper$at_qp


module connector_pair$connector_1$sweeper$at_takeover(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$sweeper$at_takeover


module connector_pair$connector_1$sweeper$controller(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$sweeper$controller


module connector_pair$connector_1$sweeper$entry(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$sweeper$entry


module connector_pair$connector_1$sweeper$kind(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$sweeper$kind


module connector_pair$connector_1$sweeper$slot(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$sweeper$slot


module connector_pair$connector_1$sweeper$step(d,q,clock);
    
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
          
endmodule // connector_pair$connector_1$sweeper$step


module connector_pair$dispatcher(clock,reset,s_axis_tdata,s_axis_tkeep,s_axis_tlast,s_axis_tvalid,s_axis_tready,s_axis_qp,s_axis_message_end,m_axis_tdata,m_axis_tkeep,m_axis_tlast,m_axis_tvalid,m_axis_tready,m_axis_dest,m_axis_qp,m_axis_message_end,cfg_write,cfg_qp,cfg_enable,cfg_connector,packets_dispatched,packets_unknown_qp);
    
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
    reg  arriving$d;
    wire  arriving$q;
    reg  arriving$clock;
    reg  [63:0] arriving_data$d;
    wire  [63:0] arriving_data$q;
    reg  arriving_data$clock;
    reg  [7:0] arriving_keep$d;
    wire  [7:0] arriving_keep$q;
    reg  arriving_keep$clock;
    reg  arriving_last$d;
    wire  arriving_last$q;
    reg  arriving_last$clock;
    reg  [3:0] arriving_qp$d;
    wire  [3:0] arriving_qp$q;
    reg  arriving_qp$clock;
    reg  arriving_message_end$d;
    wire  arriving_message_end$q;
    reg  arriving_message_end$clock;
    reg  arriving_first$d;
    wire  arriving_first$q;
    reg  arriving_first$clock;
    reg  arriving_in_range$d;
    wire  arriving_in_range$q;
    reg  arriving_in_range$clock;
    reg  arriving_fresh$d;
    wire  arriving_fresh$q;
    reg  arriving_fresh$clock;
    reg  [7:0] arriving_entry$d;
    wire  [7:0] arriving_entry$q;
    reg  arriving_entry$clock;
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
    reg  [7:0] entry;
    reg  taken;
    reg  moves;
    reg  accept;
    reg  [3:0] qp_index;
    reg  [23:0] qp_high;
    
    // Sub module instances
    connector_pair$dispatcher$map map(
        .read_address(map$read_address),
        .read_clock(map$read_clock),
        .read_data(map$read_data),
        .write_address(map$write_address),
        .write_clock(map$write_clock),
        .write_data(map$write_data),
        .write_enable(map$write_enable)
    );
    connector_pair$dispatcher$arriving arriving(
        .d(arriving$d),
        .q(arriving$q),
        .clock(arriving$clock)
    );
    connector_pair$dispatcher$arriving_data arriving_data(
        .d(arriving_data$d),
        .q(arriving_data$q),
        .clock(arriving_data$clock)
    );
    connector_pair$dispatcher$arriving_keep arriving_keep(
        .d(arriving_keep$d),
        .q(arriving_keep$q),
        .clock(arriving_keep$clock)
    );
    connector_pair$dispatcher$arriving_last arriving_last(
        .d(arriving_last$d),
        .q(arriving_last$q),
        .clock(arriving_last$clock)
    );
    connector_pair$dispatcher$arriving_qp arriving_qp(
        .d(arriving_qp$d),
        .q(arriving_qp$q),
        .clock(arriving_qp$clock)
    );
    connector_pair$dispatcher$arriving_message_end arriving_message_end(
        .d(arriving_message_end$d),
        .q(arriving_message_end$q),
        .clock(arriving_message_end$clock)
    );
    connector_pair$dispatcher$arriving_first arriving_first(
        .d(arriving_first$d),
        .q(arriving_first$q),
        .clock(arriving_first$clock)
    );
    connector_pair$dispatcher$arriving_in_range arriving_in_range(
        .d(arriving_in_range$d),
        .q(arriving_in_range$q),
        .clock(arriving_in_range$clock)
    );
    connector_pair$dispatcher$arriving_fresh arriving_fresh(
        .d(arriving_fresh$d),
        .q(arriving_fresh$q),
        .clock(arriving_fresh$clock)
    );
    connector_pair$dispatcher$arriving_entry arriving_entry(
        .d(arriving_entry$d),
        .q(arriving_entry$q),
        .clock(arriving_entry$clock)
    );
    connector_pair$dispatcher$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    connector_pair$dispatcher$held_data held_data(
        .d(held_data$d),
        .q(held_data$q),
        .clock(held_data$clock)
    );
    connector_pair$dispatcher$held_keep held_keep(
        .d(held_keep$d),
        .q(held_keep$q),
        .clock(held_keep$clock)
    );
    connector_pair$dispatcher$held_last held_last(
        .d(held_last$d),
        .q(held_last$q),
        .clock(held_last$clock)
    );
    connector_pair$dispatcher$held_qp held_qp(
        .d(held_qp$d),
        .q(held_qp$q),
        .clock(held_qp$clock)
    );
    connector_pair$dispatcher$held_message_end held_message_end(
        .d(held_message_end$d),
        .q(held_message_end$q),
        .clock(held_message_end$clock)
    );
    connector_pair$dispatcher$route_deliver route_deliver(
        .d(route_deliver$d),
        .q(route_deliver$q),
        .clock(route_deliver$clock)
    );
    connector_pair$dispatcher$route_dest route_dest(
        .d(route_dest$d),
        .q(route_dest$q),
        .clock(route_dest$clock)
    );
    connector_pair$dispatcher$at_packet_start at_packet_start(
        .d(at_packet_start$d),
        .q(at_packet_start$q),
        .clock(at_packet_start$clock)
    );
    connector_pair$dispatcher$dispatched dispatched(
        .d(dispatched$d),
        .q(dispatched$q),
        .clock(dispatched$clock)
    );
    connector_pair$dispatcher$unknown unknown(
        .d(unknown$d),
        .q(unknown$q),
        .clock(unknown$clock)
    );
    
    // Update code
    always @(*) begin
        arriving$clock = clock;
        arriving_data$clock = clock;
        arriving_keep$clock = clock;
        arriving_last$clock = clock;
        arriving_qp$clock = clock;
        arriving_message_end$clock = clock;
        arriving_first$clock = clock;
        arriving_in_range$clock = clock;
        arriving_fresh$clock = clock;
        arriving_entry$clock = clock;
        held$clock = clock;
        held_data$clock = clock;
        held_keep$clock = clock;
        held_last$clock = clock;
        held_qp$clock = clock;
        held_message_end$clock = clock;
        route_deliver$clock = clock;
        route_dest$clock = clock;
        at_packet_start$clock = clock;
        dispatched$clock = clock;
        unknown$clock = clock;
        arriving$d = arriving$q;
        arriving_data$d = arriving_data$q;
        arriving_keep$d = arriving_keep$q;
        arriving_last$d = arriving_last$q;
        arriving_qp$d = arriving_qp$q;
        arriving_message_end$d = arriving_message_end$q;
        arriving_first$d = arriving_first$q;
        arriving_in_range$d = arriving_in_range$q;
        arriving_fresh$d = arriving_fresh$q;
        arriving_entry$d = arriving_entry$q;
        held$d = held$q;
        held_data$d = held_data$q;
        held_keep$d = held_keep$q;
        held_last$d = held_last$q;
        held_qp$d = held_qp$q;
        held_message_end$d = held_message_end$q;
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
        entry = arriving_entry$q;
        if (arriving_fresh$q) begin
            entry = map$read_data;
        end
        arriving_entry$d = entry;
        qp_high = s_axis_qp & high_mask;
        m_axis_tdata = held_data$q;
        m_axis_tkeep = held_keep$q;
        m_axis_tlast = held_last$q;
        m_axis_qp = held_qp$q;
        m_axis_message_end = held_message_end$q;
        m_axis_dest = route_dest$q;
        m_axis_tvalid = held$q & route_deliver$q;
        taken = held$q & (~route_deliver$q | |(m_axis_tready & (one_hot_zero << route_dest$q)));
        moves = arriving$q & (~held$q | taken);
        accept = s_axis_tvalid & (~arriving$q | moves);
        s_axis_tready = ~arriving$q | moves;
        if (taken & held_last$q) begin
            if (route_deliver$q) begin
                dispatched$d = dispatched$q + one;
            end
            else begin
                unknown$d = unknown$q + one;
            end
        end
        if (taken) begin
            held$d = 1'b0;
        end
        if (moves) begin
            held$d = 1'b1;
            held_data$d = arriving_data$q;
            held_keep$d = arriving_keep$q;
            held_last$d = arriving_last$q;
            held_qp$d = arriving_qp$q;
            held_message_end$d = arriving_message_end$q;
            if (arriving_first$q) begin
                route_deliver$d = |(entry & enable_bit) & arriving_in_range$q;
                route_dest$d = ((entry) & 1'h1);
            end
            arriving$d = 1'b0;
        end
        arriving_fresh$d = 1'b0;
        if (accept) begin
            arriving$d = 1'b1;
            arriving_data$d = s_axis_tdata;
            arriving_keep$d = s_axis_tkeep;
            arriving_last$d = s_axis_tlast;
            arriving_qp$d = qp_index;
            arriving_message_end$d = s_axis_message_end;
            arriving_first$d = at_packet_start$q;
            arriving_in_range$d = ~|qp_high;
            arriving_fresh$d = 1'b1;
            at_packet_start$d = s_axis_tlast;
        end
        packets_dispatched = dispatched$q;
        packets_unknown_qp = unknown$q;
        if (reset) begin
            arriving$d = 1'b0;
            arriving_fresh$d = 1'b0;
            held$d = 1'b0;
            at_packet_start$d = 1'b1;
            dispatched$d = zero;
            unknown$d = zero;
        end
    end
    
endmodule // connector_pair$dispatcher


module connector_pair$dispatcher$arriving(d,q,clock);
    
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
          
endmodule // connector_pair$dispatcher$arriving


module connector_pair$dispatcher$arriving_data(d,q,clock);
    
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
          
endmodule // connector_pair$dispatcher$arriving_data


module connector_pair$dispatcher$arriving_entry(d,q,clock);
    
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
          
endmodule // connector_pair$dispatcher$arriving_entry


module connector_pair$dispatcher$arriving_first(d,q,clock);
    
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
          
endmodule // connector_pair$dispatcher$arriving_first


module connector_pair$dispatcher$arriving_fresh(d,q,clock);
    
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
          
endmodule // connector_pair$dispatcher$arriving_fresh


module connector_pair$dispatcher$arriving_in_range(d,q,clock);
    
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
          
endmodule // connector_pair$dispatcher$arriving_in_range


module connector_pair$dispatcher$arriving_keep(d,q,clock);
    
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
          
endmodule // connector_pair$dispatcher$arriving_keep


module connector_pair$dispatcher$arriving_last(d,q,clock);
    
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
          
endmodule // connector_pair$dispatcher$arriving_last


module connector_pair$dispatcher$arriving_message_end(d,q,clock);
    
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
          
endmodule // connector_pair$dispatcher$arriving_message_end


module connector_pair$dispatcher$arriving_qp(d,q,clock);
    
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
          
endmodule // connector_pair$dispatcher$arriving_qp


module connector_pair$dispatcher$at_packet_start(d,q,clock);
    
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
          
endmodule // connector_pair$dispatcher$at_packet_start


module connector_pair$dispatcher$dispatched(d,q,clock);
    
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
          
endmodule // connector_pair$dispatcher$dispatched


module connector_pair$dispatcher$held(d,q,clock);
    
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
          
endmodule // connector_pair$dispatcher$held


module connector_pair$dispatcher$held_data(d,q,clock);
    
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
          
endmodule // connector_pair$dispatcher$held_data


module connector_pair$dispatcher$held_keep(d,q,clock);
    
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
          
endmodule // connector_pair$dispatcher$held_keep


module connector_pair$dispatcher$held_last(d,q,clock);
    
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
          
endmodule // connector_pair$dispatcher$held_last


module connector_pair$dispatcher$held_message_end(d,q,clock);
    
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
          
endmodule // connector_pair$dispatcher$held_message_end


module connector_pair$dispatcher$held_qp(d,q,clock);
    
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
          
endmodule // connector_pair$dispatcher$held_qp


module connector_pair$dispatcher$map(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // connector_pair$dispatcher$map


module connector_pair$dispatcher$route_deliver(d,q,clock);
    
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
          
endmodule // connector_pair$dispatcher$route_deliver


module connector_pair$dispatcher$route_dest(d,q,clock);
    
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
          
endmodule // connector_pair$dispatcher$route_dest


module connector_pair$dispatcher$unknown(d,q,clock);
    
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
          
endmodule // connector_pair$dispatcher$unknown


module connector_pair$supervisor(clock,reset,link_up,heartbeat_timeout,heard,work_from,fence_acked_a,fence_acked_b,failback_request,fenced,available,fail_start,fence_request,readmit,failback,failovers,failbacks,last_failover_cycles);
    
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
    connector_pair$supervisor$fenced_state fenced_state(
        .d(fenced_state$d),
        .q(fenced_state$q),
        .clock(fenced_state$clock)
    );
    connector_pair$supervisor$fence_requested fence_requested(
        .d(fence_requested$d),
        .q(fence_requested$q),
        .clock(fence_requested$clock)
    );
    connector_pair$supervisor$acks_a acks_a(
        .d(acks_a$d),
        .q(acks_a$q),
        .clock(acks_a$clock)
    );
    connector_pair$supervisor$acks_b acks_b(
        .d(acks_b$d),
        .q(acks_b$q),
        .clock(acks_b$clock)
    );
    connector_pair$supervisor$silent_a silent_a(
        .d(silent_a$d),
        .q(silent_a$q),
        .clock(silent_a$clock)
    );
    connector_pair$supervisor$silent_b silent_b(
        .d(silent_b$d),
        .q(silent_b$q),
        .clock(silent_b$clock)
    );
    connector_pair$supervisor$fail_pulse fail_pulse(
        .d(fail_pulse$d),
        .q(fail_pulse$q),
        .clock(fail_pulse$clock)
    );
    connector_pair$supervisor$fence_pulse fence_pulse(
        .d(fence_pulse$d),
        .q(fence_pulse$q),
        .clock(fence_pulse$clock)
    );
    connector_pair$supervisor$readmit_pulse readmit_pulse(
        .d(readmit_pulse$d),
        .q(readmit_pulse$q),
        .clock(readmit_pulse$clock)
    );
    connector_pair$supervisor$failback_pulse failback_pulse(
        .d(failback_pulse$d),
        .q(failback_pulse$q),
        .clock(failback_pulse$clock)
    );
    connector_pair$supervisor$failover_count failover_count(
        .d(failover_count$d),
        .q(failover_count$q),
        .clock(failover_count$clock)
    );
    connector_pair$supervisor$failback_count failback_count(
        .d(failback_count$d),
        .q(failback_count$q),
        .clock(failback_count$clock)
    );
    connector_pair$supervisor$measuring measuring(
        .d(measuring$d),
        .q(measuring$q),
        .clock(measuring$clock)
    );
    connector_pair$supervisor$measure_target measure_target(
        .d(measure_target$d),
        .q(measure_target$q),
        .clock(measure_target$clock)
    );
    connector_pair$supervisor$measure_cycles measure_cycles(
        .d(measure_cycles$d),
        .q(measure_cycles$q),
        .clock(measure_cycles$clock)
    );
    connector_pair$supervisor$last_cycles last_cycles(
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
    
endmodule // connector_pair$supervisor


module connector_pair$supervisor$acks_a(d,q,clock);
    
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
          
endmodule // connector_pair$supervisor$acks_a


module connector_pair$supervisor$acks_b(d,q,clock);
    
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
          
endmodule // connector_pair$supervisor$acks_b


module connector_pair$supervisor$fail_pulse(d,q,clock);
    
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
          
endmodule // connector_pair$supervisor$fail_pulse


module connector_pair$supervisor$failback_count(d,q,clock);
    
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
          
endmodule // connector_pair$supervisor$failback_count


module connector_pair$supervisor$failback_pulse(d,q,clock);
    
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
          
endmodule // connector_pair$supervisor$failback_pulse


module connector_pair$supervisor$failover_count(d,q,clock);
    
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
          
endmodule // connector_pair$supervisor$failover_count


module connector_pair$supervisor$fence_pulse(d,q,clock);
    
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
          
endmodule // connector_pair$supervisor$fence_pulse


module connector_pair$supervisor$fence_requested(d,q,clock);
    
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
          
endmodule // connector_pair$supervisor$fence_requested


module connector_pair$supervisor$fenced_state(d,q,clock);
    
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
          
endmodule // connector_pair$supervisor$fenced_state


module connector_pair$supervisor$last_cycles(d,q,clock);
    
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
          
endmodule // connector_pair$supervisor$last_cycles


module connector_pair$supervisor$measure_cycles(d,q,clock);
    
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
          
endmodule // connector_pair$supervisor$measure_cycles


module connector_pair$supervisor$measure_target(d,q,clock);
    
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
          
endmodule // connector_pair$supervisor$measure_target


module connector_pair$supervisor$measuring(d,q,clock);
    
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
          
endmodule // connector_pair$supervisor$measuring


module connector_pair$supervisor$readmit_pulse(d,q,clock);
    
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
          
endmodule // connector_pair$supervisor$readmit_pulse


module connector_pair$supervisor$silent_a(d,q,clock);
    
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
          
endmodule // connector_pair$supervisor$silent_a


module connector_pair$supervisor$silent_b(d,q,clock);
    
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
          
endmodule // connector_pair$supervisor$silent_b
