package io.github.springconfluence.test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.util.ClassUtils;

/**
 * Makes a {@link WithFakeConfluence} test context talk to the fake even when the application declares
 * its own {@code ConfluenceConnectionDetails} bean (say, credentials from a vault): every bean that
 * implements that interface is replaced, as it is created, by a JDK proxy answering the fake's base URL,
 * email and token, and delegating every other method to the application's bean.
 *
 * <p>Why a post-processor rather than Boot's {@code @ServiceConnection} route: Boot's connection-details
 * factories register an extra bean, which wins only because the auto-configuration backs off
 * ({@code @ConditionalOnMissingBean}); a bean the application declares itself would stand beside it
 * (two candidates) or win. Replacing instances leaves exactly one bean, whichever way it is injected.
 * The interface is matched by name because this module cannot depend on the autoconfigure module (whose
 * tests depend on this one).
 *
 * <p>The proxy implements all of the bean's interfaces, not its class: a bean injected by its concrete
 * class fails the context with a message saying what to do.
 */
final class ConnectionDetailsOverride implements BeanPostProcessor, PriorityOrdered {

	static final String INTERFACE_NAME = "io.github.springconfluence.autoconfigure.ConfluenceConnectionDetails";

	private static final Log LOGGER = LogFactory.getLog(FakeConfluence.class);

	private final FakeConfluence fake;

	ConnectionDetailsOverride(FakeConfluence fake) {
		this.fake = fake;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
		Class<?> detailsInterface = connectionDetailsInterface(bean.getClass());
		if (detailsInterface == null || Proxy.isProxyClass(bean.getClass())
				&& Proxy.getInvocationHandler(bean) instanceof FakeDetails) {
			return bean;
		}
		Set<Class<?>> interfaces = new LinkedHashSet<>(ClassUtils.getAllInterfacesForClassAsSet(bean.getClass()));
		Object proxy;
		try {
			proxy = Proxy.newProxyInstance(detailsInterface.getClassLoader(), interfaces.toArray(Class<?>[]::new),
					new FakeDetails(fake, bean, beanName));
		}
		catch (IllegalArgumentException ex) {
			throw new BeanCreationException(beanName, "@WithFakeConfluence cannot point the ConfluenceConnectionDetails "
					+ "bean '" + beanName + "' (" + bean.getClass().getName() + ") at the fake: its interfaces cannot "
					+ "be proxied together (" + ex.getMessage() + "). Declare the bean with the return type "
					+ "ConfluenceConnectionDetails only, or leave it out of the test context (for example with a "
					+ "@Profile that tests do not activate).", ex);
		}
		LOGGER.info("@WithFakeConfluence replaced the ConfluenceConnectionDetails bean '" + beanName + "' ("
				+ bean.getClass().getName() + ") with one pointing at " + fake.baseUrl());
		return proxy;
	}

	@Override
	public int getOrder() {
		// Before other post-processors wrap the bean (AOP proxies would hide its interfaces' methods).
		return Ordered.HIGHEST_PRECEDENCE;
	}

	private static @Nullable Class<?> connectionDetailsInterface(Class<?> type) {
		for (Class<?> candidate : ClassUtils.getAllInterfacesForClassAsSet(type)) {
			if (candidate.getName().equals(INTERFACE_NAME)) {
				return candidate;
			}
		}
		return null;
	}

	/** Answers the fake's connection, delegates the rest, and never prints the token. */
	private static final class FakeDetails implements InvocationHandler {

		private final FakeConfluence fake;

		private final Object original;

		private final String beanName;

		FakeDetails(FakeConfluence fake, Object original, String beanName) {
			this.fake = fake;
			this.original = original;
			this.beanName = beanName;
		}

		@Override
		public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
			if (method.getParameterCount() == 0) {
				switch (method.getName()) {
					case "getBaseUrl" -> {
						return fake.baseUrl();
					}
					case "getEmail" -> {
						return fake.email();
					}
					case "getApiToken" -> {
						return fake.apiToken();
					}
					case "toString" -> {
						return "FakeConfluenceConnectionDetails[baseUrl=" + fake.baseUrl() + ", email=" + fake.email()
								+ ", apiToken=(hidden), replacing bean '" + beanName + "']";
					}
					case "hashCode" -> {
						return System.identityHashCode(proxy);
					}
					default -> {
					}
				}
			}
			if (method.getName().equals("equals") && method.getParameterCount() == 1) {
				return proxy == args[0];
			}
			try {
				return method.invoke(original, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}
	}
}
