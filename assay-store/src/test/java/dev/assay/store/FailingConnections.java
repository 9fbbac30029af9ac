package dev.assay.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Connections that die at the n-th write, as a process killed in the middle of an import would:
 * what was written before stays uncommitted in the transaction, and nothing after it happens.
 */
final class FailingConnections {
  private FailingConnections() {}

  static Database failingAtWrite(Database database, int n) {
    AtomicInteger writes = new AtomicInteger();
    ConnectionSource real = database.connections();
    return new Database(
        database.rawUrl(),
        () -> {
          Connection connection = real.open();
          return proxy(
              Connection.class,
              (p, method, args) -> {
                Object result = invoke(connection, method, args);
                if (result instanceof PreparedStatement statement) {
                  return proxy(
                      PreparedStatement.class,
                      (sp, sm, sargs) -> {
                        if (sm.getName().equals("executeUpdate") && writes.incrementAndGet() == n) {
                          throw new SQLException("simulated crash at write " + n, "08006");
                        }
                        return invoke(statement, sm, sargs);
                      });
                }
                return result;
              });
        });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            FailingConnections.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
