<?xml version="1.0" encoding="UTF-8"?>
<!--
  pool-status.metrics.xsl: the pool's status in Prometheus's text
  exposition format (version 0.0.4), GET /studio-status/metrics on nginx's
  local status server: one # HELP and # TYPE per metric, counters ending
  in _total, times in seconds. The document is fcgi/h_status.c's
  <pool-status>. Every metric is the pool's; none names a worker (their
  pids would make a new series at every recycle).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:output method="text" encoding="UTF-8" media-type="text/plain; version=0.0.4"/>

  <!-- metric: HELP, TYPE and one sample without labels. -->
  <xsl:template name="metric">
    <xsl:param name="name"/>
    <xsl:param name="type"/>
    <xsl:param name="help"/>
    <xsl:param name="v"/>
    <xsl:call-template name="head">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="type" select="$type"/>
      <xsl:with-param name="help" select="$help"/>
    </xsl:call-template>
    <xsl:call-template name="sample">
      <xsl:with-param name="name" select="$name"/>
      <xsl:with-param name="v" select="$v"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="head">
    <xsl:param name="name"/>
    <xsl:param name="type"/>
    <xsl:param name="help"/>
    <xsl:value-of select="concat('# HELP ', $name, ' ', $help, '&#10;# TYPE ', $name, ' ', $type, '&#10;')"/>
  </xsl:template>

  <!-- sample: name{labels} value; a missing value is 0. -->
  <xsl:template name="sample">
    <xsl:param name="name"/>
    <xsl:param name="labels" select="''"/>
    <xsl:param name="v"/>
    <xsl:value-of select="$name"/>
    <xsl:if test="$labels != ''">
      <xsl:value-of select="concat('{', $labels, '}')"/>
    </xsl:if>
    <xsl:text> </xsl:text>
    <xsl:choose>
      <xsl:when test="string(number($v)) != 'NaN'"><xsl:value-of select="$v"/></xsl:when>
      <xsl:otherwise>0</xsl:otherwise>
    </xsl:choose>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="/pool-status">
    <xsl:call-template name="metric">
      <xsl:with-param name="name" select="'studiod_up'"/>
      <xsl:with-param name="type" select="'gauge'"/>
      <xsl:with-param name="help" select="'1 when the pool answered its status.'"/>
      <xsl:with-param name="v" select="1"/>
    </xsl:call-template>
    <xsl:call-template name="metric">
      <xsl:with-param name="name" select="'studiod_start_time_seconds'"/>
      <xsl:with-param name="type" select="'gauge'"/>
      <xsl:with-param name="help" select="'When the pool started (Unix time); a reload keeps it.'"/>
      <xsl:with-param name="v" select="@started-unix"/>
    </xsl:call-template>
    <xsl:call-template name="metric">
      <xsl:with-param name="name" select="'studiod_uptime_seconds'"/>
      <xsl:with-param name="type" select="'gauge'"/>
      <xsl:with-param name="help" select="'Seconds since the pool started.'"/>
      <xsl:with-param name="v" select="@uptime"/>
    </xsl:call-template>
    <xsl:call-template name="metric">
      <xsl:with-param name="name" select="'studiod_reloads_total'"/>
      <xsl:with-param name="type" select="'counter'"/>
      <xsl:with-param name="help" select="'Reloads (SIGHUP) since the pool started.'"/>
      <xsl:with-param name="v" select="@reloads"/>
    </xsl:call-template>
    <xsl:call-template name="metric">
      <xsl:with-param name="name" select="'studiod_workers_configured'"/>
      <xsl:with-param name="type" select="'gauge'"/>
      <xsl:with-param name="help" select="'Workers the configuration asks for.'"/>
      <xsl:with-param name="v" select="@workers"/>
    </xsl:call-template>
    <xsl:call-template name="head">
      <xsl:with-param name="name" select="'studiod_processes'"/>
      <xsl:with-param name="type" select="'gauge'"/>
      <xsl:with-param name="help" select="'Worker processes by state: busy serving a request, or idle.'"/>
    </xsl:call-template>
    <xsl:call-template name="sample">
      <xsl:with-param name="name" select="'studiod_processes'"/>
      <xsl:with-param name="labels" select="'state=&quot;busy&quot;'"/>
      <xsl:with-param name="v" select="@busy"/>
    </xsl:call-template>
    <xsl:call-template name="sample">
      <xsl:with-param name="name" select="'studiod_processes'"/>
      <xsl:with-param name="labels" select="'state=&quot;idle&quot;'"/>
      <xsl:with-param name="v" select="@idle"/>
    </xsl:call-template>
    <xsl:call-template name="metric">
      <xsl:with-param name="name" select="'studiod_processes_leaving'"/>
      <xsl:with-param name="type" select="'gauge'"/>
      <xsl:with-param name="help" select="'Workers of the generation before a reload, finishing their request.'"/>
      <xsl:with-param name="v" select="@leaving"/>
    </xsl:call-template>
    <xsl:call-template name="metric">
      <xsl:with-param name="name" select="'studiod_requests_total'"/>
      <xsl:with-param name="type" select="'counter'"/>
      <xsl:with-param name="help" select="'Requests served.'"/>
      <xsl:with-param name="v" select="@requests"/>
    </xsl:call-template>
    <xsl:call-template name="metric">
      <xsl:with-param name="name" select="'studiod_request_duration_seconds_total'"/>
      <xsl:with-param name="type" select="'counter'"/>
      <xsl:with-param name="help" select="'Time the requests served took together.'"/>
      <xsl:with-param name="v" select="@duration-ms div 1000"/>
    </xsl:call-template>
    <xsl:call-template name="metric">
      <xsl:with-param name="name" select="'studiod_slow_requests_total'"/>
      <xsl:with-param name="type" select="'counter'"/>
      <xsl:with-param name="help" select="'Requests that took slow_ms or longer (each logged with its route).'"/>
      <xsl:with-param name="v" select="@slow"/>
    </xsl:call-template>
    <xsl:call-template name="metric">
      <xsl:with-param name="name" select="'studiod_slow_threshold_seconds'"/>
      <xsl:with-param name="type" select="'gauge'"/>
      <xsl:with-param name="help" select="'The configuration slow_ms, in seconds (0: off).'"/>
      <xsl:with-param name="v" select="@slow-ms div 1000"/>
    </xsl:call-template>
    <xsl:call-template name="metric">
      <xsl:with-param name="name" select="'studiod_workers_spawned_total'"/>
      <xsl:with-param name="type" select="'counter'"/>
      <xsl:with-param name="help" select="'Workers forked, at start, reloads and restarts.'"/>
      <xsl:with-param name="v" select="@spawned"/>
    </xsl:call-template>
    <xsl:call-template name="metric">
      <xsl:with-param name="name" select="'studiod_worker_restarts_total'"/>
      <xsl:with-param name="type" select="'counter'"/>
      <xsl:with-param name="help" select="'Workers forked to replace one that crashed or was recycled.'"/>
      <xsl:with-param name="v" select="@restarts"/>
    </xsl:call-template>
    <xsl:call-template name="metric">
      <xsl:with-param name="name" select="'studiod_worker_crashes_total'"/>
      <xsl:with-param name="type" select="'counter'"/>
      <xsl:with-param name="help" select="'Workers that died of a signal or exited with an error.'"/>
      <xsl:with-param name="v" select="@crashes"/>
    </xsl:call-template>
    <xsl:call-template name="metric">
      <xsl:with-param name="name" select="'studiod_workers_recycled_total'"/>
      <xsl:with-param name="type" select="'counter'"/>
      <xsl:with-param name="help" select="'Workers that left after max_requests.'"/>
      <xsl:with-param name="v" select="@recycled"/>
    </xsl:call-template>
    <xsl:call-template name="metric">
      <xsl:with-param name="name" select="'studiod_breaker_holding'"/>
      <xsl:with-param name="type" select="'gauge'"/>
      <xsl:with-param name="help" select="'1 while the crash breaker holds respawns.'"/>
      <xsl:with-param name="v" select="number(breaker/@state = 'holding')"/>
    </xsl:call-template>
    <xsl:call-template name="metric">
      <xsl:with-param name="name" select="'studiod_breaker_trips_total'"/>
      <xsl:with-param name="type" select="'counter'"/>
      <xsl:with-param name="help" select="'Times the crash breaker tripped.'"/>
      <xsl:with-param name="v" select="breaker/@trips"/>
    </xsl:call-template>
    <xsl:call-template name="metric">
      <xsl:with-param name="name" select="'studiod_database_up'"/>
      <xsl:with-param name="type" select="'gauge'"/>
      <xsl:with-param name="help" select="'1 when the database answered the worker that made this page.'"/>
      <xsl:with-param name="v" select="number(database/@state = 'up')"/>
    </xsl:call-template>
    <xsl:call-template name="metric">
      <xsl:with-param name="name" select="'studiod_database_ping_seconds'"/>
      <xsl:with-param name="type" select="'gauge'"/>
      <xsl:with-param name="help" select="'How long that check took.'"/>
      <xsl:with-param name="v" select="database/@ping-ms div 1000"/>
    </xsl:call-template>
    <xsl:call-template name="head">
      <xsl:with-param name="name" select="'studiod_worker_database'"/>
      <xsl:with-param name="type" select="'gauge'"/>
      <xsl:with-param name="help" select="'Workers by the state of their database connection after their last request.'"/>
    </xsl:call-template>
    <xsl:call-template name="sample">
      <xsl:with-param name="name" select="'studiod_worker_database'"/>
      <xsl:with-param name="labels" select="'state=&quot;up&quot;'"/>
      <xsl:with-param name="v" select="database/@workers-up"/>
    </xsl:call-template>
    <xsl:call-template name="sample">
      <xsl:with-param name="name" select="'studiod_worker_database'"/>
      <xsl:with-param name="labels" select="'state=&quot;down&quot;'"/>
      <xsl:with-param name="v" select="database/@workers-down"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
