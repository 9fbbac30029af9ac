package dev.assay.server.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in user with what scopes the data they may see: a risk officer's customs offices, an
 * exporter's unified social credit code. Services filter by these; the role alone only opens the
 * door.
 */
public final class AssayUser implements UserDetails {
  @Serial private static final long serialVersionUID = 1L;

  private final String username;
  private final String passwordHash;
  private final Role role;
  private final Set<String> offices;
  private final String exporterId;
  private final boolean enabled;
  private final boolean locked;

  public AssayUser(
      String username,
      String passwordHash,
      Role role,
      Set<String> offices,
      String exporterId,
      boolean enabled,
      boolean locked) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.role = role;
    this.offices = Set.copyOf(offices);
    this.exporterId = exporterId;
    this.enabled = enabled;
    this.locked = locked;
  }

  public Role role() {
    return role;
  }

  /** The customs offices a risk officer works for; empty for other roles. */
  public Set<String> offices() {
    return offices;
  }

  /** The unified social credit code an exporter's user acts for. */
  public Optional<String> exporterId() {
    return Optional.ofNullable(exporterId);
  }

  /** This user without the password hash, as kept in a session or a token's authentication. */
  public AssayUser withoutPassword() {
    return new AssayUser(username, "", role, offices, exporterId, enabled, locked);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(role.authority()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public String toString() {
    return "AssayUser[" + username + ", " + role + "]";
  }
}
