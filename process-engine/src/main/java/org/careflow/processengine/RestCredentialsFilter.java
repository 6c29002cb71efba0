package org.careflow.processengine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In production the REST API answers only to CareFlow: with PROCESS_ENGINE_PASSWORD set, every
 * request needs HTTP basic credentials PROCESS_ENGINE_USER / PROCESS_ENGINE_PASSWORD. A plain
 * filter rather than Operaton's ProcessEngineAuthenticationFilter, which checks users stored in
 * the engine and would need one created there.
 */
@Component
public class RestCredentialsFilter extends OncePerRequestFilter {
  private final byte[] expected;

  public RestCredentialsFilter(
      @Value("${PROCESS_ENGINE_USER:careflow}") String user, @Value("${PROCESS_ENGINE_PASSWORD:}") String password) {
    this.expected = password.isEmpty() ? null : ("Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
    if (expected == null || matches(request.getHeader("Authorization"))) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"careflow-process-engine\"");
    response.setContentType("application/json");
    response.getWriter().write("{\"type\":\"AuthenticationException\",\"message\":\"credentials required\"}");
  }

  /** Constant time: the answer's timing says nothing about how much of a guess was right. */
  private boolean matches(String header) {
    return header != null && MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8));
  }
}
