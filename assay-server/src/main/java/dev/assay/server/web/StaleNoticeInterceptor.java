package dev.assay.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the stale-list notices into the frame of every page after its controller ran, so that no
 * page can forget them and no controller has to pass them.
 */
@Configuration
public class StaleNoticeInterceptor implements HandlerInterceptor, WebMvcConfigurer {
  private final StaleNotices notices;

  public StaleNoticeInterceptor(StaleNotices notices) {
    this.notices = notices;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public void postHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
    if (view != null && view.getModel().get("shell") instanceof Shell shell) {
      view.addObject("shell", shell.withNotices(notices.today()));
    }
  }
}
