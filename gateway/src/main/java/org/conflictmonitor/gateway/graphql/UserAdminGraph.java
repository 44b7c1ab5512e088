package org.conflictmonitor.gateway.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import org.conflictmonitor.common.security.Roles;
import org.conflictmonitor.gateway.model.GrantableRole;
import org.conflictmonitor.gateway.model.PlatformUser;
import org.conflictmonitor.gateway.security.RoleCheck;
import org.conflictmonitor.gateway.service.UsersService;

/** Who may do what: the platform's users and their roles, for admins only. */
@GraphQLApi
public class UserAdminGraph {

    private final UsersService users;
    private final RoleCheck roles;

    public UserAdminGraph(UsersService users, RoleCheck roles) {
        this.users = users;
        this.roles = roles;
    }

    @Query("users")
    @Description("The platform's users with their roles, by username. Requires admin.")
    public List<PlatformUser> users(
            @Name("search") @Description("Text the username, name or e-mail contains; all users without it.") String search,
            @Name("first") @Description("At most this many users, 1 to 100.") @DefaultValue("100") int first,
            @Name("offset") @Description("Skip this many users first.") @DefaultValue("0") int offset) {
        roles.require(Roles.ADMIN);
        return users.list(search, Math.max(0, offset), Paging.first(first));
    }

    @Mutation("grantRole")
    @Description("Give a user the curator or admin role; they get it with their next token. Requires admin.")
    public PlatformUser grantRole(@Name("username") @Description("The user's username.") @NonNull String username,
            @Name("role") @Description("The role to grant.") @NonNull GrantableRole role) {
        roles.require(Roles.ADMIN);
        return users.grant(username, role);
    }

    @Mutation("revokeRole")
    @Description("Take the curator or admin role from a user (a role held through admin stays). Requires admin.")
    public PlatformUser revokeRole(@Name("username") @Description("The user's username.") @NonNull String username,
            @Name("role") @Description("The role to revoke.") @NonNull GrantableRole role) {
        roles.require(Roles.ADMIN);
        return users.revoke(username, role);
    }
}
